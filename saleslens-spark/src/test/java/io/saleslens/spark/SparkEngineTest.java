package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.SalesLensException;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import io.saleslens.stage.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity: the standard stages on the crm-erp sample give the same metrics.json, quality.json and row
 * accounting on Spark {@code local[2]} as on DuckDB (counts and text exactly, fractional numbers to 1e-9
 * relative). One run per engine serves every test.
 */
class SparkEngineTest {
    private static final Path SAMPLE =
            Path.of("").toAbsolutePath().getParent().resolve("examples").resolve("crm-erp");
    private static final ProgressListener QUIET = ProgressListener.SILENT;

    @TempDir
    static Path out;

    private static RunResult duckDb;
    private static RunResult spark;

    @BeforeAll
    static void runBothEngines() {
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("spark"), null);
        // Spark first: it must be the one to set up logging, which a DuckDB run would leave in a state Spark rejects.
        spark = new Pipeline(SalesLens.standardStages(), spill -> SharedSpark.engine()).run(options, QUIET);
        duckDb = new Pipeline(SalesLens.standardStages(), spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(options.spec(), SAMPLE, out.resolve("duckdb"), null), QUIET);
    }

    @Test
    void metricsJsonIsTheSameOnBothEngines() {
        assertThat(duckDb.metrics().path("totals").path("sales_records").asLong())
                .isPositive();
        assertThat(duckDb.metrics().path("rfm").path("customers").asLong()).isPositive();
        assertThat(duckDb.metrics().path("weekly").size()).isPositive();
        assertThat(differences(duckDb.metrics(), spark.metrics()))
                .as("metrics.json differences")
                .isEmpty();
    }

    @Test
    void qualityJsonIsTheSameOnBothEngines() {
        assertThat(duckDb.quality().path("checks").size()).isEqualTo(36);
        assertThat(duckDb.quality()
                        .path("profile")
                        .path("sales_details")
                        .path("sls_sales")
                        .path("top")
                        .size())
                .isEqualTo(5);
        assertThat(differences(duckDb.quality(), spark.quality()))
                .as("quality.json differences")
                .isEmpty();
    }

    @Test
    void everyCheckFindsTheSameRowsAndSamples() {
        JsonNode duckDbChecks = duckDb.quality().path("checks");
        long failing = 0;
        for (int i = 0; i < duckDbChecks.size(); i++) {
            JsonNode expected = duckDbChecks.get(i);
            JsonNode actual = spark.quality().path("checks").get(i);
            assertThat(actual.path("id").asText()).isEqualTo(expected.path("id").asText());
            assertThat(actual.path("failed").asLong())
                    .as(expected.path("id").asText())
                    .isEqualTo(expected.path("failed").asLong());
            assertThat(actual.path("samples")).as(expected.path("id").asText()).isEqualTo(expected.path("samples"));
            failing += expected.path("failed").asLong();
        }
        assertThat(failing).as("the sample has defects for the checks to find").isPositive();
    }

    @Test
    void cleaningAccountsForTheSameRows() {
        assertThat(spark.rowAccounting()).isEqualTo(duckDb.rowAccounting());
        assertThat(duckDb.quality().path("summary").path("repaired").asLong()).isPositive();
        assertThat(duckDb.quality().path("summary").path("quarantined").asLong())
                .isPositive();
    }

    @Test
    void theSparkRunPublishesTheSameRunIdDigestAndItsFiles() throws Exception {
        String duckDbId = duckDb.runId().toString();
        assertThat(spark.runId().toString()).endsWith(duckDbId.substring(duckDbId.indexOf('#')));
        assertThat(Files.isDirectory(spark.runDir().resolve("gold").resolve("fact_sales.parquet")))
                .isTrue();
        assertThat(spark.runDir().resolve("quarantine").resolve("cust_info.csv"))
                .isRegularFile();
        assertThat(Files.readAllLines(spark.runDir().resolve("repairs.csv")))
                .isEqualTo(Files.readAllLines(duckDb.runDir().resolve("repairs.csv")));
        // The reports differ only in the Run ID's time stamp: every figure in them comes from the two equal documents.
        assertThat(Files.readString(spark.runDir().resolve("reports").resolve("sales.md"))
                        .replace(spark.runId().toString(), "RUN"))
                .isEqualTo(Files.readString(duckDb.runDir().resolve("reports").resolve("sales.md"))
                        .replace(duckDbId, "RUN"));
    }

    @Test
    void aMissingSourceFileIsAUserErrorNamingIt() throws Exception {
        Path data = Files.createDirectories(out.resolve("empty"));
        RunOptions options = new RunOptions(
                Presets.load("crm-erp"),
                data,
                out.resolve("runs"),
                null,
                ReportOptions.defaults(),
                "spark",
                "local[2]");
        assertThatThrownBy(() ->
                        new Pipeline(SalesLens.standardStages(), spill -> SharedSpark.engine()).run(options, QUIET))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("cust_info.csv")
                .hasMessageContaining("not found");
    }

    /** Paths where two documents differ: counts and text exactly, fractional numbers to 1e-9 relative. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        compare("", expected, actual, found);
        return found;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected.isObject()) {
            List<String> expectedKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedKeys::add);
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            if (!expectedKeys.equals(actualKeys)) {
                found.add(path + ": keys " + expectedKeys + " vs " + actualKeys);
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            fields.forEachRemaining(field ->
                    compare(path + "." + field.getKey(), field.getValue(), actual.path(field.getKey()), found));
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                found.add(path + ": " + expected.size() + " items vs " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), found);
            }
        } else if (expected.isIntegralNumber() && actual.isIntegralNumber()) {
            if (expected.asLong() != actual.asLong()) {
                found.add(path + ": " + expected + " vs " + actual);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            double scale = Math.max(Math.abs(expected.asDouble()), Math.abs(actual.asDouble()));
            if (Math.abs(expected.asDouble() - actual.asDouble()) > 1e-9 * Math.max(scale, 1e-300)) {
                found.add(path + ": " + expected + " vs " + actual);
            }
        } else if (!expected.equals(actual)) {
            found.add(path + ": " + expected + " vs " + actual);
        }
    }
}
