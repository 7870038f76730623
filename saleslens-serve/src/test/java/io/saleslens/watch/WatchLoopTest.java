package io.saleslens.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.TestFolders;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.run.FileDigest;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.serve.SiteServer;
import io.saleslens.spec.Presets;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watcher on a copy of the sample with the site served from the same process: a changed sales file is run and
 * listed by the API, a file touched without a change starts no run, a file written in chunks is read once, whole.
 */
class WatchLoopTest {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration RUN_TIME = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void changedInputsAreRunOnceStillAndUnchangedOnesAreNot() throws Exception {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        TestFolders.copy(SAMPLE, data);
        Files.createDirectories(out);
        List<String> log = new CopyOnWriteArrayList<>();
        WatchLoop loop = new WatchLoop(
                data,
                out,
                INTERVAL,
                SETTLE,
                () -> SalesLens.run(new RunOptions(Presets.load("crm-erp"), data, out, null), ProgressListener.SILENT),
                log::add,
                Clock.systemDefaultZone());
        Thread watcher = new Thread(loop::run, "watch-under-test");
        try (SiteServer site = SiteServer.start(out, HistoryDatabase.embedded(out), "127.0.0.1", 0)) {
            watcher.start();
            JsonNode first = waitForRuns(site, 1, SETTLE.plus(INTERVAL).plus(RUN_TIME));

            // Touched, same content: the watcher settles, hashes, and starts no run.
            Path sales = data.resolve("source_crm/sales_details.csv");
            Files.setLastModifiedTime(sales, FileTime.fromMillis(System.currentTimeMillis()));
            int unchangedBefore = count(log, "inputs unchanged");
            waitUntil(
                    () -> count(log, "inputs unchanged") > unchangedBefore,
                    SETTLE.plus(INTERVAL.multipliedBy(4)).plus(Duration.ofSeconds(20)),
                    log);
            assertThat(runs(site)).hasSize(1);

            // A changed sales file written slowly: chunks with pauses shorter than the settle time.
            List<String> lines = Files.readAllLines(sales);
            byte[] changed = (String.join("\n", lines.subList(0, lines.size() - 300)) + "\n").getBytes();
            long started = System.nanoTime();
            try (OutputStream file = Files.newOutputStream(sales)) {
                int chunk = changed.length / 5 + 1;
                for (int from = 0; from < changed.length; from += chunk) {
                    file.write(changed, from, Math.min(chunk, changed.length - from));
                    file.flush();
                    Thread.sleep(700);
                }
            }
            JsonNode both = waitForRuns(site, 2, SETTLE.plus(INTERVAL).plus(RUN_TIME));
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            JsonNode newest = both.get(0);
            assertThat(newest.path("run_id").asText())
                    .isNotEqualTo(first.get(0).path("run_id").asText());
            JsonNode manifest = JSON.readTree(out.resolve("runs")
                    .resolve(newest.path("folder").asText())
                    .resolve("manifest.json")
                    .toFile());
            JsonNode salesInput = null;
            for (JsonNode input : manifest.path("inputs")) {
                if (input.path("source").asText().equals("sales_details")) {
                    salesInput = input;
                }
            }
            assertThat(salesInput).isNotNull();
            assertThat(salesInput.path("sha256").asText()).isEqualTo(FileDigest.sha256(changed));
            assertThat(salesInput.path("bytes").asLong()).isEqualTo(changed.length);
            // The home page's revenue tile shows the change since the run before, the two runs' revenue apart.
            double before = revenue(out, first.get(0).path("folder").asText());
            double after = revenue(out, newest.path("folder").asText());
            String home = HTTP.send(
                            HttpRequest.newBuilder(URI.create(site.url())).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            int tile = home.indexOf("data-key=\"totals.revenue\"");
            assertThat(tile).isNotNegative();
            assertThat(home.substring(tile, home.indexOf("</div></div>", tile)))
                    .contains(signedDollars(after - before) + "</span> since the last run");
            // Read once: no other run came of the chunks.
            Thread.sleep(SETTLE.plus(INTERVAL.multipliedBy(2)).toMillis());
            assertThat(runs(site)).hasSize(2);
            assertThat(count(log, "inputs changed; starting a run")).isEqualTo(2);
            assertThat(seconds)
                    .as("seconds from the first chunk to the API listing the run")
                    .isLessThan(120);
        } finally {
            loop.stop();
            watcher.join(120_000);
        }
        assertThat(watcher.isAlive()).isFalse();
        assertThat(log.get(log.size() - 1)).contains("after 2 runs");
    }

    private static double revenue(Path out, String folder) throws Exception {
        return JSON.readTree(out.resolve("runs")
                        .resolve(folder)
                        .resolve("metrics.json")
                        .toFile())
                .path("totals")
                .path("revenue")
                .asDouble();
    }

    /** Money as the reports write it, by hand: +$1.23M, -$123,456, +$12.34. */
    private static String signedDollars(double change) {
        double abs = Math.abs(change);
        String sign = change > 0 ? "+" : change < 0 ? "-" : "";
        java.text.DecimalFormatSymbols us = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US);
        String digits = abs >= 1_000_000
                ? new java.text.DecimalFormat("0.00", us).format(abs / 1_000_000) + "M"
                : abs >= 10_000
                        ? new java.text.DecimalFormat("#,##0", us).format(Math.round(abs))
                        : new java.text.DecimalFormat("#,##0.00", us).format(abs);
        return sign + "$" + digits;
    }

    private static int count(List<String> log, String text) {
        return (int) log.stream().filter(line -> line.contains(text)).count();
    }

    private static JsonNode runs(SiteServer site) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(site.url() + "api/runs")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).path("runs");
    }

    private static JsonNode waitForRuns(SiteServer site, int runs, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode listed = runs(site);
            if (listed.size() >= runs) {
                return listed;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the API did not list " + runs + " runs within " + within);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition, Duration within, List<String> log) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + within + "; the watcher said: " + String.join("\n", log));
    }
}
