package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.TestFolders;
import io.saleslens.run.RunLock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `saleslens watch` as its own process, stopped with SIGTERM as systemd stops it: during a run, the run finishes and
 * publishes first; between runs, it stops at once (serving the site from the same process meanwhile). Either way no
 * working folder is left and the run lock is free.
 */
class WatchCommandTest {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    /** The status of a JVM that ended on SIGTERM after its shutdown hooks ran: 128 + 15. */
    private static final int ENDED_BY_SIGTERM = 143;

    @TempDir
    Path work;

    private Process watch(Path data, Path out, Path log, String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                SalesLensCommand.class.getName(),
                "watch",
                data.toString(),
                "--preset",
                "crm-erp",
                "--out",
                out.toString(),
                "--interval",
                "500ms",
                "--settle",
                "1s"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    @Test
    void sigtermDuringARunLetsItPublishAndBetweenRunsStopsAtOnce() throws Exception {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        TestFolders.copy(SAMPLE, data);

        Path firstLog = work.resolve("first.log");
        Process first = watch(data, out, firstLog);
        try {
            waitFor(firstLog, "inputs changed; starting a run", 120);
            // The run is under way: its working folder appears under runs/.
            waitUntil(() -> !workingFolders(out).isEmpty(), 120, firstLog);
            first.destroy(); // SIGTERM
            assertThat(first.waitFor(300, TimeUnit.SECONDS))
                    .as(Files.readString(firstLog))
                    .isTrue();
        } finally {
            first.destroyForcibly();
        }
        String said = Files.readString(firstLog);
        assertThat(first.exitValue()).as(said).isEqualTo(ENDED_BY_SIGTERM);
        assertThat(said).contains("after 1 run");
        assertThat(publishedFolders(out)).as(said).hasSize(1);
        Path published = out.resolve("runs").resolve(publishedFolders(out).get(0));
        assertThat(Files.readString(published.resolve("manifest.json"))).contains("\"status\" : \"succeeded\"");
        assertThat(published.resolve("reports/executive.html")).isRegularFile();
        assertThat(workingFolders(out))
                .as("working folders and owner locks left in runs/")
                .isEmpty();
        assertThat(Files.readAllLines(out.resolve("history.jsonl"))).hasSize(1);
        lockIsFree(out);

        // Started again on the same inputs, serving the site, it runs nothing; SIGTERM while it waits ends it at once.
        Path secondLog = work.resolve("second.log");
        Process second = watch(data, out, secondLog, "--serve", "--port", "0");
        try {
            waitFor(secondLog, "inputs unchanged", 120);
            Matcher address =
                    Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+/)").matcher(Files.readString(secondLog));
            assertThat(address.find()).as(Files.readString(secondLog)).isTrue();
            HttpResponse<String> runs = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(address.group(1) + "api/runs"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(runs.statusCode()).isEqualTo(200);
            assertThat(runs.body())
                    .contains("\"folder\" : \"" + publishedFolders(out).get(0) + "\"");
            long stopping = System.nanoTime();
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat((System.nanoTime() - stopping) / 1_000_000_000L)
                    .as("seconds from SIGTERM to exit between runs")
                    .isLessThan(30);
        } finally {
            second.destroyForcibly();
        }
        String again = Files.readString(secondLog);
        assertThat(second.exitValue()).as(again).isEqualTo(ENDED_BY_SIGTERM);
        assertThat(again).contains("the inputs are those of run").contains("after 0 runs");
        assertThat(publishedFolders(out)).hasSize(1);
        assertThat(workingFolders(out)).isEmpty();
        lockIsFree(out);
    }

    /** Another run could take the lock at once: --no-wait's way of asking, which refuses when it is held. */
    private static void lockIsFree(Path out) {
        try (RunLock lock = RunLock.acquire(out, false, message -> {})) {
            assertThat(lock).isNotNull();
        }
    }

    private static List<String> publishedFolders(Path out) throws Exception {
        return entries(out).stream()
                .filter(name -> !name.startsWith("."))
                .filter(name -> Files.isDirectory(out.resolve("runs").resolve(name)))
                .toList();
    }

    /** What a run keeps only while it lives: its working folder runs/.NAME.tmp and owner lock runs/.NAME.lock. */
    private static List<String> workingFolders(Path out) {
        try {
            return entries(out).stream().filter(name -> name.startsWith(".")).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static List<String> entries(Path out) throws Exception {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(runs)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Path log, String text, int seconds) throws Exception {
        waitUntil(() -> Files.exists(log) && Files.readString(log).contains(text), seconds, log);
    }

    private static void waitUntil(Condition condition, int seconds, Path log) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within " + seconds + " s; the watcher said:\n" + Files.readString(log));
    }
}
