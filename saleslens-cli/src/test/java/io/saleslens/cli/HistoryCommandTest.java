package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history command on one full run of the sample, its figures checked against the run folder's JSON; the same
 * listing from the DuckDB file and from a real PostgreSQL server (SALESLENS_TEST_PG_URL, _USER, _PASSWORD, as .ci/run
 * sets them; skipped outside CI when no server answers); and a validation run halted between publication and history
 * recording, recorded by the next history command.
 */
class HistoryCommandTest {
    private static final Path SAMPLE =
            Path.of("../examples/crm-erp").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PG_SCHEMA = "saleslens_history_test";

    @TempDir
    static Path work;

    static Path out;
    static Path runFolder;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeAll
    static void runTheSample() throws Exception {
        out = work.resolve("out");
        StringWriter ignored = new StringWriter();
        int code = SalesLensCommand.execute(
                new String[] {"run", SAMPLE.toString(), "--out", out.toString()},
                new PrintWriter(ignored, true),
                new PrintWriter(ignored, true));
        assertThat(code).as(ignored.toString()).isZero();
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            runFolder = runs.findFirst().orElseThrow();
        }
    }

    private int execute(String... args) {
        return SalesLensCommand.execute(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    @Test
    void jsonListsTheRunWithTheFiguresOfItsFolder() throws Exception {
        assertThat(execute("history", "--out", out.toString(), "--json"))
                .as(stderr.toString())
                .isZero();
        JsonNode metrics = JSON.readTree(runFolder.resolve("metrics.json").toFile());
        JsonNode quality = JSON.readTree(runFolder.resolve("quality.json").toFile());
        JsonNode runs = JSON.readTree(stdout.toString()).path("runs");
        assertThat(runs.size()).isEqualTo(1);
        JsonNode run = runs.get(0);
        assertThat(run.path("run").asText()).isEqualTo(runFolder.getFileName().toString());
        assertThat(run.path("dataset").asText()).isEqualTo("crm-erp");
        assertThat(run.path("status").asText()).isEqualTo("succeeded");
        assertThat(run.path("figures").path("totals.revenue").asDouble())
                .isEqualTo(metrics.path("totals").path("revenue").asDouble())
                .isPositive();
        assertThat(run.path("figures").path("totals.orders").asLong())
                .isEqualTo(metrics.path("totals").path("orders").asLong());
        assertThat(run.path("quality_score").asDouble())
                .isEqualTo(quality.path("score").path("overall").asDouble());
    }

    @Test
    void theTableHasAColumnPerFigureAndARowPerRun() {
        assertThat(execute("history", "--out", out.toString(), "--metric", "totals.customers"))
                .as(stderr.toString())
                .isZero();
        List<String> lines = stdout.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("run").contains("totals.customers").endsWith("quality");
        assertThat(lines.get(1)).startsWith(runFolder.getFileName().toString()).contains("crm-erp", "succeeded");
        assertThat(lines.get(0)).doesNotContain("totals.revenue");
    }

    @Test
    void anotherDatasetHasNoRuns() throws Exception {
        assertThat(execute("history", "--out", out.toString(), "--dataset", "shopify-orders", "--json"))
                .isZero();
        assertThat(JSON.readTree(stdout.toString()).path("runs").size()).isZero();
    }

    @Test
    void aKeyOutsideTheCatalogueIsAUserError() {
        assertThat(execute("history", "--out", out.toString(), "--metric", "totals.profit"))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("--metric totals.profit: not a key of the metric catalogue");
    }

    @Test
    void aKeyWithAValuePerSegmentIsAUserError() {
        assertThat(execute("history", "--out", out.toString(), "--metric", "countries[country].revenue"))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("has one value per country, history shows one figure per run");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAnExternalFailure() {
        assertThat(execute(
                        "history",
                        "--out",
                        out.toString(),
                        "--history",
                        "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2"))
                .isEqualTo(5);
        assertThat(stderr.toString())
                .contains("history database jdbc:postgresql://127.0.0.1:1/nothing does not answer");
    }

    @Test
    void postgresqlListsTheSameAsDuckDb() throws Exception {
        String url = postgresUrl();
        assertThat(execute("history", "--out", out.toString(), "--json")).isZero();
        String embedded = stdout.toString();
        stdout.getBuffer().setLength(0);
        // The server's history is empty: the command records the folder it is missing, then lists it.
        assertThat(execute("history", "--out", out.toString(), "--history", url, "--json"))
                .as(stderr.toString())
                .isZero();
        assertThat(stdout.toString()).isEqualTo(embedded);
        stdout.getBuffer().setLength(0);
        assertThat(execute("history", "rebuild", "--out", out.toString(), "--history", url))
                .as(stderr.toString())
                .isZero();
        assertThat(stdout.toString()).contains("from 1 run");
        stdout.getBuffer().setLength(0);
        assertThat(execute("history", "--out", out.toString(), "--history", url, "--json"))
                .isZero();
        assertThat(stdout.toString()).isEqualTo(embedded);
        assertThat(JSON.readTree(embedded).path("runs").size()).isEqualTo(1);
    }

    @Test
    void aRunHaltedBetweenPublicationAndRecordingIsRecordedAtTheNextStart() throws Exception {
        Path halted = work.resolve("halted");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dsaleslens.test.halt-after-publication=true",
                        SalesLensCommand.class.getName(),
                        "validate",
                        SAMPLE.toString(),
                        "--out",
                        halted.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("halted.log").toFile())
                .start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as(Files.readString(work.resolve("halted.log")))
                .isEqualTo(137);
        List<Path> published;
        try (Stream<Path> runs = Files.list(halted.resolve("runs"))) {
            published = runs.filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
        }
        assertThat(published).hasSize(1);
        assertThat(halted.resolve("history.duckdb"))
                .as("nothing was recorded before the halt")
                .doesNotExist();

        assertThat(execute("history", "--out", halted.toString(), "--json"))
                .as(stderr.toString())
                .isZero();
        JsonNode runs = JSON.readTree(stdout.toString()).path("runs");
        assertThat(runs.size()).isEqualTo(1);
        assertThat(runs.get(0).path("run").asText())
                .isEqualTo(published.get(0).getFileName().toString());
        JsonNode quality =
                JSON.readTree(published.get(0).resolve("quality.json").toFile());
        assertThat(runs.get(0).path("quality_score").asDouble())
                .isEqualTo(quality.path("score").path("overall").asDouble());
    }

    /** The test server's URL with a schema of this test's own, emptied first, and the credentials as parameters. */
    private static String postgresUrl() throws SQLException {
        String url = env("SALESLENS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/saleslens_test");
        String user = env("SALESLENS_TEST_PG_USER", "saleslens_test");
        String password = env("SALESLENS_TEST_PG_PASSWORD", "saleslens_test");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + PG_SCHEMA);
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("CI is set but no PostgreSQL server answers at " + url, e);
            }
            assumeTrue(false, "no PostgreSQL server at " + url + " (" + e.getMessage() + ")");
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA + "&user=" + user + "&password="
                + password;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
