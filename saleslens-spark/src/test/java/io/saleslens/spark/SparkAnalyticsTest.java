package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.analysis.AnalyseStage;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.ingest.IngestStage;
import io.saleslens.metrics.MeasureStage;
import io.saleslens.model.CleanStage;
import io.saleslens.model.ModelStage;
import io.saleslens.quality.CleaningSummaryStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunContext;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.run.Stage;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity of the model, measure and analyse stages: on the crm-erp sample, Spark writes the same
 * metrics.json as DuckDB. Cleaning still writes its repair log in DuckDB-only SQL, so the Spark run
 * starts from the silver tables DuckDB cleaned (handed over as Parquet) and builds gold, measures and
 * analyses itself; ingest runs on Spark too, as the model stage reads the enrichment sources from bronze.
 */
class SparkAnalyticsTest {
    private static final Path SAMPLE = Path.of("").toAbsolutePath().getParent().resolve("examples").resolve("crm-erp");
    private static final List<String> ENTITIES = List.of(DatasetSpec.CUSTOMER, DatasetSpec.PRODUCT, DatasetSpec.SALE);

    @TempDir
    Path out;

    @Test
    void theModelMeasureAndAnalyseStagesGiveTheSameMetricsAsDuckDb() {
        Path silver = out.resolve("silver");
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("duckdb"), null);
        RunResult duckDb = new Pipeline(List.of(new IngestStage(), new CleanStage(), new CleaningSummaryStage(), new ModelStage(),
                new MeasureStage(), new AnalyseStage(), new SilverToParquet(silver)), spill -> new DuckDbEngine(spill, null))
                .run(options, ProgressListener.SILENT);
        RunResult spark = new Pipeline(List.of(new IngestStage(), new SilverFromParquet(silver), new ModelStage(), new MeasureStage(),
                new AnalyseStage()), spill -> SharedSpark.engine())
                .run(new RunOptions(options.spec(), SAMPLE, out.resolve("spark"), null), ProgressListener.SILENT);

        assertThat(duckDb.metrics().path("totals").path("sales_records").asLong()).isPositive();
        assertThat(duckDb.metrics().path("rfm").path("customers").asLong()).isPositive();
        assertThat(duckDb.metrics().path("weekly").size()).isPositive();
        assertThat(SparkEngineTest.differences(duckDb.metrics(), spark.metrics())).as("metrics.json differences").isEmpty();
    }

    /** Hands the cleaned entities over: each silver table as one Parquet file. */
    private record SilverToParquet(Path folder) implements Stage {
        @Override
        public String name() {
            return "silver-to-parquet";
        }

        @Override
        public long run(RunContext context) {
            for (String entity : ENTITIES) {
                context.engine().writeParquet("silver." + entity, folder.resolve(entity + ".parquet"));
            }
            return ENTITIES.size();
        }
    }

    /** Takes the cleaned entities over in place of the clean stage. */
    private record SilverFromParquet(Path folder) implements Stage {
        @Override
        public String name() {
            return "silver-from-parquet";
        }

        @Override
        public long run(RunContext context) {
            for (String entity : ENTITIES) {
                context.engine().execute(context.engine().dialect().createTable("silver." + entity,
                        "SELECT * FROM parquet.`" + SparkEngine.hadoopPath(folder.resolve(entity + ".parquet")) + "`"));
            }
            return ENTITIES.size();
        }
    }
}
