package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity on a line-item export: order-level fields on the first line of an order only (fill_down), a row filter on the
 * status (where, filtered lines), timestamps with zone offsets moved to the dataset's time zone across a DST change,
 * and amounts written with currency symbols and thousands separators: the same figures on Spark as on DuckDB.
 */
class SparkLineItemExportTest {
    private static final String SPEC = """
            name: line-items
            currency: USD
            timezone: America/New_York
            sources:
              orders: { path: orders.csv, key: Name }
            entities:
              customer:
                from: orders
                key: customer_id
                dedupe: { keep: last }
                fill_down: { by: customer_id, columns: [country] }
                columns:
                  customer_id: { from: Email, required: true }
                  country: { from: Country, missing: Unknown }
              product:
                from: orders
                key: product_number
                dedupe: { keep: last }
                columns:
                  product_number: { from: SKU, required: true }
              sale:
                from: orders
                fill_down: { by: order_number, columns: [order_date, status] }
                where: "status IN ('paid', 'partially_refunded')"
                columns:
                  order_number: { from: Name, required: true }
                  product_number: { from: SKU }
                  customer_id: { from: Email }
                  order_date: { from: Paid at, type: date, format: "yyyy-MM-dd HH:mm:ss Z" }
                  status: { from: Status }
                  quantity: { from: Qty, type: integer }
                  unit_price: { from: Price, type: decimal, format: "1,234.56" }
                  sales_amount: { from: Line total, type: decimal, format: "1,234.56" }
            segments: [country]
            """;
    private static final String[] STATUSES = {"paid", "paid", "partially_refunded", "refunded", "voided"};

    @TempDir
    static Path dir;

    private static RunResult duckDb;
    private static RunResult spark;

    @BeforeAll
    static void runBothEngines() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("orders.csv"), lines(new Random(11)));
        DatasetSpec spec = SpecLoader.parse(SPEC, "line-item spec");
        spark = new Pipeline(SalesLens.standardStages(), spill -> SharedSpark.engine())
                .run(new RunOptions(spec, data, dir.resolve("spark"), null), ProgressListener.SILENT);
        duckDb = new Pipeline(SalesLens.standardStages(), spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(spec, data, dir.resolve("duckdb"), null), ProgressListener.SILENT);
    }

    /** Orders around New York's March change; late-evening UTC times fall on the day before in New York. */
    private static List<String> lines(Random random) {
        List<String> lines = new ArrayList<>(List.of("Name,Email,Status,Paid at,SKU,Qty,Price,Line total,Country"));
        for (int o = 0; o < 150; o++) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String email = "buyer" + random.nextInt(30) + "@example.com";
            String paidAt = String.format(
                    "2024-03-%02d %02d:%02d:00 %s",
                    1 + random.nextInt(28),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextBoolean() ? "+0000" : "-0500");
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                int quantity = 1 + random.nextInt(5);
                int cents = 50_000 + random.nextInt(500_000);
                long total = (long) quantity * cents;
                boolean first = l == 0;
                lines.add(String.join(
                        ",",
                        "#" + (1001 + o),
                        email,
                        first ? status : "",
                        first ? paidAt : "",
                        "SKU-" + random.nextInt(12),
                        String.valueOf(quantity),
                        "\"$" + money(cents) + "\"",
                        "\"$" + money(total) + "\"",
                        first ? "US" : ""));
            }
        }
        return lines;
    }

    private static String money(long cents) {
        return String.format(java.util.Locale.US, "%,d.%02d", cents / 100, cents % 100);
    }

    @Test
    void theFiguresRowAccountingAndQualityAreTheSameOnBothEngines() {
        assertThat(duckDb.rowAccounting().get(0).filtered()).isPositive();
        assertThat(duckDb.metrics().path("totals").path("revenue").asDouble()).isPositive();
        assertThat(duckDb.metrics().path("totals").path("undated_records").asLong())
                .isZero();
        assertThat(spark.rowAccounting()).isEqualTo(duckDb.rowAccounting());
        assertThat(SparkEngineTest.differences(duckDb.metrics(), spark.metrics()))
                .as("metrics.json differences")
                .isEmpty();
        assertThat(SparkEngineTest.differences(duckDb.quality(), spark.quality()))
                .as("quality.json differences")
                .isEmpty();
    }
}
