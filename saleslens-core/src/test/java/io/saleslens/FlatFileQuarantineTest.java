package io.saleslens;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.SpecLoader;
import io.saleslens.stage.RowAccounting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One flat file feeding three entities, each with its own required column: a line one entity sets aside
 * stays in the others, and every entity's quarantined lines reach the quarantine file.
 */
class FlatFileQuarantineTest {
    private static final String SPEC = """
            name: flat
            sources:
              orders: { path: orders.csv }
            entities:
              customer:
                from: orders
                key: customer_id
                columns:
                  customer_id: { from: customer_id, type: integer, required: true }
              product:
                from: orders
                key: product_number
                dedupe: { keep: last }
                columns:
                  product_number: { from: product_number, required: true }
                  product_name: { expr: 'CAST(NULL AS STRING)' }
                  category: { expr: 'CAST(NULL AS STRING)', missing: Unknown }
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
            segments: []
            """;

    // Line 3 has no customer id (the customer entity sets it aside; it is still a sale),
    // line 5 no order number (not a sale; its customer 12 is still a customer).
    private static final String ORDERS = """
            order_number,product_number,customer_id,order_date,quantity,unit_price,sales_amount
            SO1,P1,11,2024-01-05,1,10.00,10.00
            SO2,P2,,2024-01-06,2,5.00,10.00
            SO3,P1,11,2024-02-01,1,10.00,10.00
            ,P2,12,2024-02-03,3,5.00,15.00
            SO5,P3,13,2024-03-09,1,20.00,20.00
            """;

    @TempDir
    static Path dir;

    static RunResult result;

    @BeforeAll
    static void runTheFlatFile() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("orders.csv"), ORDERS);
        result = SalesLens.run(
                new RunOptions(SpecLoader.parse(SPEC, "flat spec"), data, dir.resolve("out"), null),
                ProgressListener.SILENT);
    }

    @Test
    void eachEntitySetsAsideOnlyTheLinesItCannotUse() {
        assertThat(result.quality()
                        .path("cleaning")
                        .path("customer")
                        .path("quarantined")
                        .asLong())
                .isEqualTo(1);
        assertThat(result.quality()
                        .path("cleaning")
                        .path("customer")
                        .path("rows_out")
                        .asLong())
                .isEqualTo(4);
        assertThat(result.quality()
                        .path("cleaning")
                        .path("sale")
                        .path("quarantined")
                        .asLong())
                .isEqualTo(1);
        assertThat(result.quality()
                        .path("cleaning")
                        .path("sale")
                        .path("rows_out")
                        .asLong())
                .isEqualTo(4);
    }

    @Test
    void theCustomerWithoutASaleStaysInTheCustomerTable() {
        // Customer 12 ordered only on the line without an order number, which the sale entity quarantines;
        // the customer entity keeps duplicates (no dedupe) and drops only the line without a customer id.
        try (DuckDbEngine engine = new DuckDbEngine(dir.resolve("read"), null)) {
            Path customers = result.runDir().resolve("gold").resolve("dim_customer.parquet");
            assertThat(engine.query("SELECT customer_id FROM read_parquet('" + customers + "') ORDER BY 1"))
                    .extracting(row -> row.get("customer_id"))
                    .containsExactly(11L, 11L, 12L, 13L);
        }
        assertThat(result.metrics().path("totals").path("sales_records").asLong())
                .isEqualTo(4);
    }

    @Test
    void theQuarantineFileListsTheLinesOfEveryEntityWithTheEntityInTheReason() throws IOException {
        List<String> lines =
                Files.readAllLines(result.runDir().resolve("quarantine").resolve("orders.csv"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("3,").contains("customer: customer_id missing");
        assertThat(lines.get(2)).startsWith("5,").contains("sale: order_number missing");
    }

    @Test
    void theSourceIsAccountedForAtTheGrainOfItsLines() {
        RowAccounting orders = result.rowAccounting().get(0);
        assertThat(orders.source()).isEqualTo("orders");
        assertThat(orders.rowsIn()).isEqualTo(5);
        assertThat(orders.rowsOut()).isEqualTo(4);
        assertThat(orders.quarantined()).isEqualTo(1);
        assertThat(orders.balanced()).isTrue();
    }
}
