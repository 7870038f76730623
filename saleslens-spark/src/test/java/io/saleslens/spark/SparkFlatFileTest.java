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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parity on a flat file of order lines that feeds the customer, product and sale entities, each with its own
 * required column, so each entity quarantines different lines: the same figures, accounting and quarantine
 * file on Spark {@code local[2]} as on DuckDB.
 */
class SparkFlatFileTest {
    private static final String SPEC = """
            name: flat
            sources:
              orders: { path: orders.csv, key: order_number }
            entities:
              customer:
                from: orders
                key: customer_id
                dedupe: { keep: last }
                columns:
                  customer_id: { from: customer_id, type: integer, required: true }
                  region: { from: region, missing: Unknown }
              product:
                from: orders
                key: product_number
                dedupe: { keep: last }
                columns:
                  product_number: { from: product_number, required: true }
                  product_name: { from: product_name }
                  category: { from: category, missing: Unknown }
              sale:
                from: orders
                columns:
                  order_number: { from: order_number, required: true }
                  product_number: { from: product_number }
                  customer_id: { from: customer_id, type: integer }
                  order_date: { from: order_date, type: date }
                  quantity: { from: quantity, type: integer }
                  unit_price: { from: unit_price, type: decimal }
                  sales_amount: { from: sales_amount, type: decimal }
            segments: [region]
            """;
    private static final int LINES = 600;
    private static final int BLANK_EVERY = 75;

    @TempDir
    static Path dir;

    private static RunResult duckDb;
    private static RunResult spark;

    @BeforeAll
    static void runBothEngines() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("orders.csv"), orderLines(new Random(7)));
        DatasetSpec spec = SpecLoader.parse(SPEC, "flat spec");
        // Spark first, as in SparkEngineTest: it must be the one to set up logging.
        spark = new Pipeline(SalesLens.standardStages(), spill -> SharedSpark.engine())
                .run(new RunOptions(spec, data, dir.resolve("spark"), null), ProgressListener.SILENT);
        duckDb = new Pipeline(SalesLens.standardStages(), spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(spec, data, dir.resolve("duckdb"), null), ProgressListener.SILENT);
    }

    /** Two years of order lines; about one line in 30 lacks a customer id and one in 40 an order number. */
    private static List<String> orderLines(Random random) {
        String[] regions = {"North", "South", "East", "West"};
        String[] categories = {"Bikes", "Accessories", "Clothing"};
        List<String> lines =
                new ArrayList<>(List.of("order_number,product_number,product_name,category,customer_id,region,"
                        + "order_date,quantity,unit_price,sales_amount"));
        for (int i = 0; i < LINES; i++) {
            int customer = 1 + random.nextInt(80);
            int product = random.nextInt(25);
            int quantity = 1 + random.nextInt(4);
            int price = 5 + 7 * product;
            lines.add(String.join(
                    ",",
                    random.nextInt(40) == 0 ? "" : "SO" + (1000 + i / 2),
                    "P" + product,
                    "\"Product " + product + "\"",
                    categories[product % categories.length],
                    random.nextInt(30) == 0 ? "" : String.valueOf(customer),
                    regions[customer % regions.length],
                    LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730)).toString(),
                    String.valueOf(quantity),
                    price + ".00",
                    (quantity * price) + ".00"));
            // Blank lines are no rows: both engines count them and number the lines after them alike.
            if (i % BLANK_EVERY == BLANK_EVERY - 1) {
                lines.add("");
            }
        }
        return lines;
    }

    @Test
    void metricsAndQualityAreTheSameOnBothEngines() {
        assertThat(duckDb.metrics().path("totals").path("sales_records").asLong())
                .isBetween(LINES - 40L, LINES - 1L);
        assertThat(SparkEngineTest.differences(duckDb.metrics(), spark.metrics()))
                .as("metrics.json differences")
                .isEmpty();
        assertThat(SparkEngineTest.differences(duckDb.quality(), spark.quality()))
                .as("quality.json differences")
                .isEmpty();
    }

    @Test
    void blankLinesAreCountedAlikeOnBothEnginesAndEveryLineIsAccountedFor() throws IOException {
        long physicalLines =
                Files.readAllLines(dir.resolve("data").resolve("orders.csv")).size();
        assertThat(duckDb.rowAccounting().get(0).blankLines()).isEqualTo(LINES / BLANK_EVERY);
        assertThat(1
                        + duckDb.rowAccounting().get(0).rowsIn()
                        + duckDb.rowAccounting().get(0).blankLines())
                .isEqualTo(physicalLines)
                .isEqualTo(1 + LINES + LINES / BLANK_EVERY);
        assertThat(spark.rowAccounting().get(0).blankLines()).isEqualTo(LINES / BLANK_EVERY);
        assertThat(spark.quality().path("summary").path("blank_lines").asLong()).isEqualTo(LINES / BLANK_EVERY);
    }

    @Test
    void eachEntityQuarantinesItsOwnLinesOnBothEngines() throws IOException {
        long customerQuarantined = duckDb.quality()
                .path("cleaning")
                .path("customer")
                .path("quarantined")
                .asLong();
        long saleQuarantined = duckDb.quality()
                .path("cleaning")
                .path("sale")
                .path("quarantined")
                .asLong();
        assertThat(customerQuarantined).isPositive();
        assertThat(saleQuarantined).isPositive();
        assertThat(spark.rowAccounting()).isEqualTo(duckDb.rowAccounting());
        assertThat(duckDb.rowAccounting().get(0).quarantined()).isEqualTo(saleQuarantined);

        List<String> quarantine =
                Files.readAllLines(duckDb.runDir().resolve("quarantine").resolve("orders.csv"));
        assertThat(quarantine).hasSize(1 + (int) (customerQuarantined + saleQuarantined));
        assertThat(quarantine)
                .filteredOn(line -> line.contains("customer: customer_id missing"))
                .hasSize((int) customerQuarantined);
        assertThat(Files.readAllLines(spark.runDir().resolve("quarantine").resolve("orders.csv")))
                .isEqualTo(quarantine);
    }
}
