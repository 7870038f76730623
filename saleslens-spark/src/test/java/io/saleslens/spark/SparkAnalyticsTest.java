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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity of the model, measure and analyse stages: on the crm-erp sample, Spark writes the same
 * metrics.json as DuckDB. Cleaning still writes its repair log in DuckDB-only SQL, so the Spark run
 * starts from what DuckDB ingested and cleaned, handed over as Parquet: the silver entities and the
 * enrichment sources the model stage joins. Ingest and cleaning have tests of their own; leaving them
 * out keeps this test short.
 */
class SparkAnalyticsTest {
    private static final Path SAMPLE = Path.of("").toAbsolutePath().getParent().resolve("examples").resolve("crm-erp");
    private static final List<String> ENTITIES = List.of(DatasetSpec.CUSTOMER, DatasetSpec.PRODUCT, DatasetSpec.SALE);

    @TempDir
    Path out;

    @Test
    void theModelMeasureAndAnalyseStagesGiveTheSameMetricsAsDuckDb() {
        // Spark first: it configures log4j itself and fails when a DuckDB run has set up a simple logger before it.
        SharedSpark.session();
        Path silver = out.resolve("silver");
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("duckdb"), null);
        RunResult duckDb = new Pipeline(List.of(new IngestStage(), new CleanStage(), new CleaningSummaryStage(), new ModelStage(),
                new MeasureStage(), new AnalyseStage(), new HandOver(silver)), spill -> new DuckDbEngine(spill, null))
                .run(options, ProgressListener.SILENT);
        RunResult spark = new Pipeline(List.of(new TakeOver(silver), new ModelStage(), new MeasureStage(), new AnalyseStage()),
                spill -> SharedSpark.engine())
                .run(new RunOptions(options.spec(), SAMPLE, out.resolve("spark"), null), ProgressListener.SILENT);

        assertThat(duckDb.metrics().path("totals").path("sales_records").asLong()).isPositive();
        assertThat(duckDb.metrics().path("rfm").path("customers").asLong()).isPositive();
        assertThat(duckDb.metrics().path("weekly").size()).isPositive();
        assertThat(SparkEngineTest.differences(duckDb.metrics(), spark.metrics())).as("metrics.json differences").isEmpty();
    }

    /** The silver entities and the bronze enrichment sources, as schema-qualified table names. */
    private static List<String> handedOver(DatasetSpec spec) {
        List<String> tables = new ArrayList<>();
        for (String entity : ENTITIES) {
            tables.add("silver." + entity);
            spec.entity(entity).enrich().forEach(enrichment -> tables.add("bronze." + enrichment.from()));
        }
        return tables;
    }

    /** Writes each handed-over table as one Parquet file. */
    private record HandOver(Path folder) implements Stage {
        @Override
        public String name() {
            return "hand-over";
        }

        @Override
        public long run(RunContext context) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> tables = handedOver(context.spec());
            tables.forEach(table -> context.engine().writeParquet(table, folder.resolve(table + ".parquet")));
            return tables.size();
        }
    }

    /** Creates the handed-over tables in place of ingest and cleaning. */
    private record TakeOver(Path folder) implements Stage {
        @Override
        public String name() {
            return "take-over";
        }

        @Override
        public long run(RunContext context) {
            List<String> tables = handedOver(context.spec());
            tables.forEach(table -> context.engine().execute(context.engine().dialect().createTable(table,
                    "SELECT * FROM parquet.`" + SparkEngine.hadoopPath(folder.resolve(table + ".parquet")) + "`")));
            return tables.size();
        }
    }
}
