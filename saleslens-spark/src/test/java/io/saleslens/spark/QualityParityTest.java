package io.saleslens.spark;

import static io.saleslens.spark.SparkEngineTest.differences;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.ingest.IngestStage;
import io.saleslens.model.CleanStage;
import io.saleslens.model.ModelStage;
import io.saleslens.quality.CheckStage;
import io.saleslens.quality.CleaningSummaryStage;
import io.saleslens.run.ExportStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.run.Stage;
import io.saleslens.spec.Presets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity of the data-quality stages: on the crm-erp sample, ingest, check, clean, summarise, model and
 * export give the same quality.json and row accounting on Spark as on DuckDB. The measure stage is left
 * to {@link SparkEngineTest}, which compares metrics.json too; quality.json holds nothing it writes.
 */
class QualityParityTest {
    private static final Path SAMPLE = Path.of("").toAbsolutePath().getParent().resolve("examples").resolve("crm-erp");
    private static final List<Stage> STAGES = List.of(new IngestStage(), new CheckStage(), new CleanStage(), new CleaningSummaryStage(),
            new ModelStage(), new ExportStage());

    @TempDir
    static Path out;

    private static RunResult duckDb;
    private static RunResult spark;

    @BeforeAll
    static void runBothEngines() {
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("spark"), null);
        // Spark first: it must be the one to set up logging, which the DuckDB run would otherwise leave in a state Spark rejects.
        spark = new Pipeline(STAGES, spill -> SharedSpark.engine()).run(options, ProgressListener.SILENT);
        duckDb = new Pipeline(STAGES, spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(options.spec(), SAMPLE, out.resolve("duckdb"), null), ProgressListener.SILENT);
    }

    @Test
    void qualityJsonIsTheSameOnBothEngines() {
        assertThat(duckDb.quality().path("checks").size()).isEqualTo(36);
        assertThat(differences(duckDb.quality(), spark.quality())).as("quality.json differences").isEmpty();
    }

    @Test
    void everyCheckFindsTheSameRowsAndSamples() {
        JsonNode duckDbChecks = duckDb.quality().path("checks");
        long failing = 0;
        for (int i = 0; i < duckDbChecks.size(); i++) {
            JsonNode expected = duckDbChecks.get(i);
            JsonNode actual = spark.quality().path("checks").get(i);
            assertThat(actual.path("id").asText()).isEqualTo(expected.path("id").asText());
            assertThat(actual.path("failed").asLong()).as(expected.path("id").asText()).isEqualTo(expected.path("failed").asLong());
            assertThat(actual.path("samples")).as(expected.path("id").asText()).isEqualTo(expected.path("samples"));
            failing += expected.path("failed").asLong();
        }
        assertThat(failing).as("the sample has defects for the checks to find").isPositive();
    }

    @Test
    void cleaningAccountsForTheSameRows() {
        assertThat(spark.rowAccounting()).isEqualTo(duckDb.rowAccounting());
        assertThat(differences(duckDb.quality().path("cleaning"), spark.quality().path("cleaning"))).isEmpty();
        assertThat(duckDb.quality().path("summary").path("repaired").asLong()).isPositive();
        assertThat(duckDb.quality().path("summary").path("quarantined").asLong()).isPositive();
    }

    @Test
    void theProfileIsTheSame() {
        JsonNode profile = duckDb.quality().path("profile");
        assertThat(profile.path("sales_details").path("sls_sales").path("top").size()).isEqualTo(5);
        assertThat(differences(profile, spark.quality().path("profile"))).isEmpty();
    }
}
