package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import io.saleslens.ingest.IngestStage;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark reads one file per source: a glob is refused in one line that says what to do, and a run asked to keep state
 * reads every file and says why.
 */
class SparkGlobSourceTest {
    private static final String SPEC = """
            name: daily
            sources:
              orders: { path: PATH, key: order_number }
            entities:
              customer:
                from: orders
                key: customer_id
                columns:
                  customer_id: { from: customer_id, type: integer, required: true }
              product:
                from: orders
                key: product_number
                columns:
                  product_number: { from: product_number, required: true }
              sale:
                from: orders
                columns:
                  order_number: { from: order_number, required: true }
                  product_number: { from: product_number }
                  customer_id: { from: customer_id, type: integer }
                  order_date: { from: order_date, type: date }
                  quantity: { from: quantity, type: integer }
                  sales_amount: { from: sales_amount, type: decimal }
            """;
    private static final String HEADER = "order_number,product_number,customer_id,order_date,quantity,sales_amount\n";

    @TempDir
    Path dir;

    @Test
    void aGlobSourceIsRefusedSayingWhichEngineReadsIt() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data/orders"));
        Files.writeString(data.resolve("day-1.csv"), HEADER + "A,P1,1,2026-01-01,1,10\n");
        Files.writeString(data.resolve("day-2.csv"), HEADER + "B,P1,2,2026-01-02,2,20\n");
        DatasetSpec spec = SpecLoader.parse(SPEC.replace("PATH", "orders/*.csv"), "daily spec");

        assertThatThrownBy(() -> new Pipeline(List.of(new IngestStage()), spill -> SharedSpark.engine())
                        .run(
                                new RunOptions(spec, dir.resolve("data"), dir.resolve("out"), null),
                                ProgressListener.SILENT))
                .isInstanceOfSatisfying(
                        SalesLensException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_ERROR))
                .hasMessage("source 'orders': the path orders/*.csv is a glob, which this engine does not read; run it"
                        + " with --engine duckdb, or give each file as a source of its own");
    }

    @Test
    void aRunWithStateReadsEveryFileAndSaysWhy() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("orders.csv"), HEADER + "A,P1,1,2026-01-01,1,10\nB,P1,2,2026-01-02,2,20\n");
        DatasetSpec spec = SpecLoader.parse(SPEC.replace("PATH", "orders.csv"), "daily spec");
        Path out = dir.resolve("out");

        RunResult result = new Pipeline(List.of(new IngestStage()), spill -> SharedSpark.engine())
                .run(
                        new RunOptions(spec, data, out, null).withStateDir(RunOptions.defaultStateDir(out)),
                        ProgressListener.SILENT);

        assertThat(result.refresh().mode()).isEqualTo("full");
        assertThat(result.refresh().reason()).isEqualTo("the spark engine keeps no state");
        assertThat(result.rowAccounting().get(0).rowsIn()).isEqualTo(2);
    }
}
