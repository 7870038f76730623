package io.saleslens.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.SalesLensException;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.spec.Presets;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RowAccounts;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site on a real Jetty over a real run of the sample, asked over HTTP on 127.0.0.1. */
class SiteServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path out;
    private static SiteServer site;

    @BeforeAll
    static void serve() {
        out = ServedSample.out();
        site = SiteServer.start(out, HistoryDatabase.embedded(out), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static HttpResponse<String> get(SiteServer server, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request on a connection of its own: the server closes the connection after refusing a malformed path, and a
     * shared client may send its next request down that closing connection and read nothing back.
     */
    private static HttpResponse<String> getOnANewConnection(SiteServer server, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String folder() {
        return ServedSample.result().runDir().getFileName().toString();
    }

    @Test
    void theApiListsTheRunWithTheFiguresOfItsDocuments() throws Exception {
        HttpResponse<String> runs = get(site, "/api/runs");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        JsonNode run = JSON.readTree(runs.body()).path("runs").get(0);
        JsonNode manifest = JSON.readTree(
                out.resolve("runs").resolve(folder()).resolve("manifest.json").toFile());
        JsonNode metrics = JSON.readTree(
                out.resolve("runs").resolve(folder()).resolve("metrics.json").toFile());
        assertThat(run.path("run_id").asText())
                .isEqualTo(manifest.path("run_id").asText())
                .contains("#");
        assertThat(run.path("folder").asText())
                .isEqualTo(manifest.path("folder").asText());
        assertThat(run.path("revenue").asDouble())
                .isEqualTo(metrics.path("totals").path("revenue").asDouble());

        String encodedId = manifest.path("run_id").asText().replace("#", "%23");
        HttpResponse<String> byId = get(site, "/api/runs/" + encodedId);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byId.body()).path("folder").asText()).isEqualTo(folder());

        JsonNode values = JSON.readTree(
                        get(site, "/api/runs/" + folder() + "/metrics").body())
                .path("metrics");
        boolean orders = false;
        for (JsonNode value : values) {
            if (value.path("key").asText().equals("totals.orders")
                    && value.path("member").isNull()) {
                assertThat(value.path("value").asLong())
                        .isEqualTo(metrics.path("totals").path("orders").asLong());
                orders = true;
            }
        }
        assertThat(orders).isTrue();

        JsonNode history = JSON.readTree(
                get(site, "/api/history?dataset=crm-erp&metric=totals.revenue").body());
        assertThat(history.path("runs")).hasSize(1);
        assertThat(history.path("runs").get(0).path("value").asDouble())
                .isEqualTo(metrics.path("totals").path("revenue").asDouble());
        assertThat(get(site, "/api/alerts").statusCode()).isEqualTo(200);
    }

    @Test
    void theRunsFilesAreServedUnchangedWithTheirContentTypes() throws Exception {
        Path runDir = out.resolve("runs").resolve(folder());
        HttpResponse<String> report = get(site, "/runs/" + folder() + "/reports/sales.html");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(report.body()).isEqualTo(Files.readString(runDir.resolve("reports/sales.html")));
        HttpResponse<byte[]> png = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(site.url() + "runs/" + folder() + "/dashboards/executive_kpis_trend.png"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(png.body()).isEqualTo(Files.readAllBytes(runDir.resolve("dashboards/executive_kpis_trend.png")));
    }

    @Test
    void aPathThatLeavesItsFolderIsRefusedHoweverItIsWritten() throws Exception {
        for (String path : List.of(
                "/..%2f..%2fetc/passwd",
                "/runs/" + folder() + "/..%2f..%2f..%2f..%2fetc%2fpasswd",
                "/runs/" + folder() + "/%2e%2e/%2e%2e/history.jsonl",
                "/runs/" + folder() + "/%252e%252e/manifest.json",
                "/runs/" + folder() + "/..%5c..%5cetc%5cpasswd",
                "/runs/%2e%2e/history.jsonl",
                "/runs/.saleslens.lock",
                "/runs/" + folder() + "/reports/..%00/manifest.json")) {
            HttpResponse<String> answer = getOnANewConnection(site, path);
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("root:").doesNotContain("run_id");
        }
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(site.url()))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(405);
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        assertThat(get(site, "/runs/20990101_000000_deadbeef/").statusCode()).isEqualTo(404);
        HttpResponse<String> api = get(site, "/api/runs/20990101_000000_%23deadbeef");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).path("error").asText()).contains("20990101_000000_#deadbeef");
        assertThat(get(site, "/history?metric=no.such.key").statusCode()).isEqualTo(400);
    }

    @Test
    void aRestartedServerGivesTheSameAnswers() throws Exception {
        List<String> paths = List.of("/api/runs", "/api/runs/" + folder(), "/api/history?metric=totals.orders");
        List<String> before = new ArrayList<>();
        for (String path : paths) {
            before.add(get(site, path).body());
        }
        try (SiteServer again = SiteServer.start(out, HistoryDatabase.embedded(out), "127.0.0.1", 0)) {
            for (int i = 0; i < paths.size(); i++) {
                assertThat(get(again, paths.get(i)).body()).as(paths.get(i)).isEqualTo(before.get(i));
            }
        }
    }

    /**
     * A run is built under runs/.NAME.tmp and renamed: while one is being written and published, every page answers
     * 200 and the API never lists a run whose documents are missing.
     */
    @Test
    void aRunPublishedWhilePagesAreFetchedNeverShowsHalf() throws Exception {
        Path runs = out.resolve("runs");
        Path source = runs.resolve(folder());
        String name = folder() + "-copy";
        Path working = runs.resolve("." + name + ".tmp");
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService fetcher = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> problems = fetcher.submit(() -> {
                List<String> seen = new ArrayList<>();
                while (!done.get()) {
                    for (String path : List.of("/", "/runs", "/api/runs")) {
                        HttpResponse<String> answer = get(site, path);
                        if (answer.statusCode() != 200) {
                            seen.add(path + " " + answer.statusCode());
                        }
                    }
                    for (JsonNode run :
                            JSON.readTree(get(site, "/api/runs").body()).path("runs")) {
                        Path dir = runs.resolve(run.path("folder").asText());
                        if (!Files.isRegularFile(dir.resolve("metrics.json"))) {
                            seen.add("listed without metrics.json: " + dir);
                        }
                    }
                }
                return seen;
            });
            Files.createDirectories(working);
            try (var files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = working.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().equals("manifest.json")) {
                        Files.copy(file, target);
                        Thread.sleep(20);
                    }
                }
            }
            String manifest = Files.readString(source.resolve("manifest.json"))
                    .replace("\"folder\" : \"" + folder() + "\"", "\"folder\" : \"" + name + "\"");
            Files.writeString(working.resolve("manifest.json"), manifest);
            Files.move(working, runs.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(300);
            done.set(true);
            assertThat(problems.get()).isEmpty();
            assertThat(get(site, "/api/runs").body()).contains("\"folder\" : \"" + name + "\"");
        } finally {
            done.set(true);
            fetcher.shutdownNow();
            deleteTree(runs.resolve(name));
        }
    }

    /**
     * A copy of the sample's run in pounds, its top insight citing a figure its metrics.json lacks (as an older run's
     * may): every money figure of the pages is written with £, and the insight that cannot be filled is passed over.
     */
    @Test
    void moneyIsInTheRunsCurrencyAndAnInsightThatCannotBeFilledIsPassedOver() throws Exception {
        Path copy = Files.createTempDirectory("saleslens-pounds");
        Path runDir = copy.resolve("runs").resolve(folder());
        copyTree(out.resolve("runs").resolve(folder()), runDir);
        ObjectNode metrics =
                (ObjectNode) JSON.readTree(runDir.resolve("metrics.json").toFile());
        ((ObjectNode) metrics.path("dataset")).put("currency", "GBP");
        JsonNode insights =
                JSON.readTree(runDir.resolve("insights.json").toFile()).path("insights");
        int broken = -1;
        String removed = null;
        for (int i = 0; i < insights.size() && broken < 0; i++) {
            JsonNode insight = insights.get(i);
            for (var named : (Iterable<java.util.Map.Entry<String, JsonNode>>)
                    () -> insight.path("figures").fields()) {
                JsonNode figure = named.getValue();
                String pointer = figure.path("pointer").asText();
                if (!insight.path("text").asText().contains("{" + named.getKey() + "}")) {
                    continue;
                }
                String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                if (figure.path("document").asText().equals("METRICS")
                        && !pointer.startsWith("/totals/")
                        && !last.matches("\\d+")
                        && metrics.at(pointer.substring(0, pointer.lastIndexOf('/'))) instanceof ObjectNode parent) {
                    parent.remove(last);
                    broken = i;
                    removed = pointer;
                    break;
                }
            }
        }
        assertThat(broken).as("an insight citing a figure that can be removed").isBetween(0, 2);
        Files.writeString(runDir.resolve("metrics.json"), JSON.writeValueAsString(metrics));
        double revenue = metrics.path("totals").path("revenue").asDouble();
        String pounds = String.format(java.util.Locale.ROOT, "£%.2fM", revenue / 1_000_000);

        try (SiteServer pence = SiteServer.start(copy, HistoryDatabase.embedded(copy), "127.0.0.1", 0)) {
            String home = get(pence, "/").body();
            assertThat(home)
                    .contains("data-key=\"totals.revenue\"><div class=\"l\">Revenue</div><div class=\"v\">" + pounds
                            + "</div>");
            assertThat(home).doesNotContain("$").doesNotContain("not measured");
            List<String> shown = java.util.regex.Pattern.compile("<li>(.*?)</li>")
                    .matcher(home.substring(home.indexOf("<ol class=\"insights\">")))
                    .results()
                    .limit(3)
                    .map(match -> match.group(1).replaceAll("<[^>]+>", ""))
                    .toList();
            // Every insight whose sentence names the removed figure is passed over, the others keep their rank.
            List<JsonNode> expected = new ArrayList<>();
            for (int i = 0; i < insights.size() && expected.size() < 3; i++) {
                if (!namesFigure(insights.get(i), removed)) {
                    expected.add(insights.get(i));
                }
            }
            assertThat(shown).hasSize(3);
            for (int i = 0; i < 3; i++) {
                // The template's words, between its placeholders, in order.
                int at = 0;
                for (String words : expected.get(i).path("text").asText().split("\\{[a-z0-9_]+}")) {
                    int found = shown.get(i).indexOf(htmlText(words), at);
                    assertThat(found)
                            .as("'%s' in insight %d: %s", words, i, shown.get(i))
                            .isNotNegative();
                    at = found + htmlText(words).length();
                }
            }
            assertThat(get(pence, "/runs").body()).contains("<td class=\"n\">" + pounds + "</td>");
            assertThat(JSON.readTree(get(pence, "/api/runs").body())
                            .path("runs")
                            .get(0)
                            .path("currency")
                            .asText())
                    .isEqualTo("GBP");
        } finally {
            deleteTree(copy);
        }
    }

    /** A run the pipeline refuses (its row accounting does not balance) is listed with its error, on the list and its page. */
    @Test
    void aFailedRunIsListedWithItsError() throws Exception {
        Path failedOut = Files.createTempDirectory("saleslens-failed");
        Stage losesARow = new Stage() {
            @Override
            public String name() {
                return "loses-a-row";
            }

            @Override
            public StageResult run(RunContext context) {
                return new RowAccounts(List.of(new RowAccounting("cust_info", 10, 7, 1, 1, 0)));
            }
        };
        try {
            Pipeline pipeline = new Pipeline(List.of(losesARow), spill -> new DuckDbEngine(spill, null));
            assertThatThrownBy(() -> pipeline.run(
                            new RunOptions(Presets.load("crm-erp"), ServedSample.SAMPLE, failedOut, null),
                            ProgressListener.SILENT))
                    .isInstanceOf(SalesLensException.class);
            Path runDir;
            try (var runs = Files.list(failedOut.resolve("runs"))) {
                runDir = runs.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
            String error = manifest.path("error").asText();
            assertThat(manifest.path("status").asText()).isEqualTo("failed");
            assertThat(error).contains("row accounting broken");

            try (SiteServer failedSite =
                    SiteServer.start(failedOut, HistoryDatabase.embedded(failedOut), "127.0.0.1", 0)) {
                String list = get(failedSite, "/runs").body();
                assertThat(list).contains("<td class=\"failed\">failed<br><span class=\"error\">" + htmlText(error));
                JsonNode listed = JSON.readTree(get(failedSite, "/api/runs").body())
                        .path("runs")
                        .get(0);
                assertThat(listed.path("status").asText()).isEqualTo("failed");
                assertThat(listed.path("error").asText()).isEqualTo(error);
                HttpResponse<String> page = get(failedSite, "/runs/" + runDir.getFileName() + "/");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains(htmlText(error));
                assertThat(get(failedSite, "/").body()).contains("No successful run");
            }
        } finally {
            deleteTree(failedOut);
        }
    }

    private static boolean namesFigure(JsonNode insight, String pointer) {
        var figures = insight.path("figures").fields();
        while (figures.hasNext()) {
            var figure = figures.next();
            if (figure.getValue().path("pointer").asText().equals(pointer)
                    && insight.path("text").asText().contains("{" + figure.getKey() + "}")) {
                return true;
            }
        }
        return false;
    }

    private static String htmlText(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
