package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.SpecLoader;
import io.saleslens.stage.RowAccounting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line-item export whose order-level fields (status, payment time, country) are on one line of each order only,
 * with an order's lines not always adjacent: fill_down carries them to every line, and the row filter keeps the
 * refunded, pending and voided orders out as filtered rows, not as bad data.
 */
class RowFilterTest {
    private static final String[] STATUSES = {"paid", "paid", "partially_refunded", "refunded", "pending", "voided"};
    private static final Set<String> COUNTED = Set.of("paid", "partially_refunded");

    private static final String SPEC = """
            name: line-items
            currency: EUR
            sources:
              orders: { path: orders.csv }
            entities:
              customer:
                from: orders
                key: customer_id
                dedupe: { keep: last }
                fill_down: { by: customer_id, columns: [country] }
                columns:
                  customer_id: { from: Email, required: true }
                  country: { from: "Billing Country", missing: Unknown }
              product:
                from: orders
                key: product_number
                dedupe: { keep: last }
                columns:
                  product_number: { from: "Lineitem sku", required: true }
                  product_name: { from: "Lineitem name" }
              sale:
                from: orders
                fill_down: { by: order_number, columns: [order_date, financial_status] }
                where: "financial_status IN ('paid', 'partially_refunded')"
                columns:
                  order_number: { from: Name, required: true }
                  product_number: { from: "Lineitem sku" }
                  customer_id: { from: Email }
                  order_date: { from: "Paid at", type: date, format: "yyyy-MM-dd HH:mm:ss Z" }
                  financial_status: { from: "Financial Status" }
                  quantity: { from: "Lineitem quantity", type: integer }
                  unit_price: { from: "Lineitem price", type: decimal }
                  sales_amount:
                    expr: 'TRY_CAST("Lineitem price" AS DOUBLE) * TRY_CAST("Lineitem quantity" AS DOUBLE) - coalesce(TRY_CAST("Lineitem discount" AS DOUBLE), 0)'
                    type: decimal
            segments: [country]
            checks:
              orders:
                - { column: Name, rule: not_null }
            """;

    @TempDir
    Path dir;

    @Test
    void orderLevelFieldsReachEveryLineAndFilteredOrdersAreAccountedNotFailed() throws IOException {
        Random random = new Random(7);
        List<String[]> lines = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        long units = 0;
        long countedOrders = 0;
        long filteredLines = 0;
        Set<String> customersWithOrders = new HashSet<>();
        for (int o = 0; o < 120; o++) {
            String name = "#" + (1001 + o);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String email = "buyer" + random.nextInt(40) + "@example.com";
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                int quantity = 1 + random.nextInt(4);
                BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(9900), 2);
                BigDecimal discount =
                        random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(300), 2) : BigDecimal.ZERO;
                boolean first = l == 0;
                lines.add(new String[] {
                    name,
                    email,
                    first ? status : "",
                    first ? "2024-0" + (1 + o % 9) + "-1" + (o % 10) + " 1" + (o % 10) + ":22:10 -0500" : "",
                    quantity + "",
                    "Item " + (o % 7),
                    price.toPlainString(),
                    "SKU-" + (o % 7),
                    discount.signum() == 0 ? "" : discount.toPlainString(),
                    first ? "DE" : ""
                });
                if (COUNTED.contains(status)) {
                    revenue = revenue.add(
                            price.multiply(BigDecimal.valueOf(quantity)).subtract(discount));
                    units += quantity;
                    customersWithOrders.add(email);
                } else {
                    filteredLines++;
                }
            }
            if (COUNTED.contains(status)) {
                countedOrders++;
            }
        }
        // Move some follow-on lines away from their order: fill_down must not depend on adjacency.
        for (int i = 0; i < 30; i++) {
            int from = random.nextInt(lines.size());
            if (lines.get(from)[2].isEmpty()) {
                lines.add(lines.remove(from));
            }
        }
        writeCsv(lines);

        RunResult result = SalesLens.run(
                new RunOptions(SpecLoader.parse(SPEC, "spec"), dir, dir.resolve("out"), null), ProgressListener.SILENT);

        JsonNode totals = result.metrics().path("totals");
        assertThat(totals.path("revenue").asDouble())
                .isCloseTo(revenue.doubleValue(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(totals.path("orders").asLong()).isEqualTo(countedOrders);
        assertThat(totals.path("units").asLong()).isEqualTo(units);
        assertThat(totals.path("customers_with_orders").asLong()).isEqualTo(customersWithOrders.size());
        assertThat(totals.path("undated_records").asLong())
                .as("every line has its order's date")
                .isZero();

        RowAccounting orders = result.rowAccounting().get(0);
        assertThat(orders.filtered()).isEqualTo(filteredLines);
        assertThat(orders.quarantined()).isZero();
        assertThat(orders.rowsOut()).isEqualTo(lines.size() - filteredLines);
        assertThat(orders.balanced()).isTrue();

        JsonNode quality = new ObjectMapper()
                .readTree(result.runDir().resolve("quality.json").toFile());
        assertThat(quality.path("score").path("overall").asDouble())
                .as("filtered orders are not failures")
                .isEqualTo(1.0);
        assertThat(quality.path("score").path("rows").asLong()).isEqualTo(lines.size() - filteredLines);
        assertThat(quality.path("row_accounting")
                        .path("orders")
                        .path("filtered")
                        .asLong())
                .isEqualTo(filteredLines);
        String report = Files.readString(result.runDir().resolve("reports/sales.md"));
        assertThat(report).as("money in the dataset's currency").contains("€").doesNotContain("$");
        assertThat(result.metrics().path("dataset").path("currency").asText()).isEqualTo("EUR");
        JsonNode manifest = new ObjectMapper()
                .readTree(result.runDir().resolve("manifest.json").toFile());
        assertThat(manifest.path("row_accounting")
                        .path("orders")
                        .path("filtered")
                        .asLong())
                .isEqualTo(filteredLines);
        assertThat(manifest.path("row_accounting")
                        .path("orders")
                        .path("balanced")
                        .asBoolean())
                .isTrue();
    }

    private void writeCsv(List<String[]> lines) throws IOException {
        List<String> text = new ArrayList<>();
        text.add(
                "Name,Email,Financial Status,Paid at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem discount,"
                        + "Billing Country");
        for (String[] line : lines) {
            text.add(String.join(",", line));
        }
        Files.write(dir.resolve("orders.csv"), text, StandardCharsets.UTF_8);
    }
}
