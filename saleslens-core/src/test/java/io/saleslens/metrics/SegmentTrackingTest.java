package io.saleslens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.model.OrderFacts;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-segment figures over seeded order lines the test writes, against the same figures summed in plain Java from
 * those lines: customers with a missing segment value, customers missing from the dimension, undated orders.
 */
class SegmentTrackingTest {
    private static final String[] STATUSES = {"Married", "Single", null};
    private static final int CUSTOMERS = 40;

    @TempDir
    Path spill;

    private DuckDbEngine engine;
    private final Map<Long, String> segmentOf = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();

    /** One order line; {@code cents} keeps the amounts exact in Java. */
    private record Line(String order, long customer, LocalDate date, long cents) {}

    @BeforeEach
    void writeRows() {
        engine = new DuckDbEngine(spill, null);
        Random random = new Random(11);
        StringBuilder customers = new StringBuilder();
        for (long id = 1; id <= CUSTOMERS; id++) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            segmentOf.put(id, status == null ? "Unknown" : status);
            customers
                    .append(customers.length() == 0 ? "" : ", ")
                    .append("(")
                    .append(id)
                    .append(", ")
                    .append(status == null ? "NULL" : "'" + status + "'")
                    .append(")");
        }
        engine.execute("CREATE TABLE gold.dim_customer (customer_id BIGINT, marital_status VARCHAR)");
        engine.execute("INSERT INTO gold.dim_customer VALUES " + customers);
        StringBuilder sales = new StringBuilder();
        for (int order = 1; order <= 120; order++) {
            // Customers 41-43 are not in the dimension; about one order in twelve is undated.
            long customer = 1 + random.nextInt(CUSTOMERS + 3);
            LocalDate date =
                    random.nextInt(12) == 0 ? null : LocalDate.of(2013, 1, 1).plusDays(random.nextInt(180));
            for (int line = random.nextInt(3); line >= 0; line--) {
                Line written = new Line("O" + order, customer, date, 100 + random.nextInt(500_000));
                lines.add(written);
                sales.append(sales.length() == 0 ? "" : ", ")
                        .append("('")
                        .append(written.order())
                        .append("', ")
                        .append(customer)
                        .append(", ")
                        .append(date == null ? "NULL" : "DATE '" + date + "'")
                        .append(", 1, ")
                        .append(written.cents() / 100.0)
                        .append(")");
            }
        }
        engine.execute("CREATE TABLE gold.fact_sales (order_number VARCHAR, customer_id BIGINT, order_date DATE,"
                + " quantity BIGINT, sales_amount DOUBLE)");
        engine.execute("INSERT INTO gold.fact_sales VALUES " + sales);
        OrderFacts.build(engine, List.of("marital_status"));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private ObjectNode measure() {
        ObjectNode metrics = JsonNodeFactory.instance.objectNode();
        new SegmentTracking(engine).measure(Presets.load("crm-erp"), metrics);
        return metrics;
    }

    @Test
    void monthlyRevenuePerSegmentEqualsTheLinesSummedPerSegmentAndMonth() {
        Map<String, Long> cents = new TreeMap<>();
        Map<String, Set<String>> orders = new HashMap<>();
        Map<String, Set<Long>> buyers = new HashMap<>();
        for (Line line : lines) {
            if (line.date() == null || !segmentOf.containsKey(line.customer())) {
                continue;
            }
            String key = line.date().toString().substring(0, 7) + " " + segmentOf.get(line.customer());
            cents.merge(key, line.cents(), Long::sum);
            orders.computeIfAbsent(key, k -> new HashSet<>()).add(line.order());
            buyers.computeIfAbsent(key, k -> new HashSet<>()).add(line.customer());
        }

        JsonNode section = measure().path("segment_monthly");

        assertThat(section.path("attribute").asText()).isEqualTo("marital_status");
        JsonNode rows = section.path("rows");
        assertThat(rows)
                .extracting(row ->
                        row.path("month").asText() + " " + row.path("segment").asText())
                .as("one row per month and segment with sales, by month and then segment")
                .containsExactlyElementsOf(cents.keySet());
        assertThat(cents.keySet()).anyMatch(key -> key.endsWith("Unknown"));
        for (JsonNode row : rows) {
            String key = row.path("month").asText() + " " + row.path("segment").asText();
            assertThat(row.path("revenue").asDouble()).as(key).isCloseTo(cents.get(key) / 100.0, within(0.005));
            assertThat(row.path("orders").asLong())
                    .as(key)
                    .isEqualTo(orders.get(key).size());
            assertThat(row.path("customers").asLong())
                    .as(key)
                    .isEqualTo(buyers.get(key).size());
        }
    }

    @Test
    void repeatPurchaseRatePerSegmentCountsCustomersWithMoreThanOneOrder() {
        Map<Long, Set<String>> ordersOf = new HashMap<>();
        for (Line line : lines) {
            if (segmentOf.containsKey(line.customer())) {
                ordersOf.computeIfAbsent(line.customer(), c -> new HashSet<>()).add(line.order());
            }
        }
        Map<String, long[]> expected = new HashMap<>();
        ordersOf.forEach((customer, orders) -> {
            long[] counts = expected.computeIfAbsent(segmentOf.get(customer), s -> new long[2]);
            counts[0]++;
            counts[1] += orders.size() > 1 ? 1 : 0;
        });

        JsonNode rows = measure().path("segment_repeat_purchase").path("rows");

        assertThat(rows)
                .extracting(row -> row.path("segment").asText())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (JsonNode row : rows) {
            long[] counts = expected.get(row.path("segment").asText());
            assertThat(row.path("customers_with_orders").asLong()).isEqualTo(counts[0]);
            assertThat(row.path("repeat_customers").asLong()).isEqualTo(counts[1]);
            assertThat(row.path("repeat_purchase_rate").asDouble())
                    .isCloseTo((double) counts[1] / counts[0], within(5e-7));
        }
        assertThat(expected.values())
                .as("the fixture has repeat and one-time customers")
                .anyMatch(counts -> counts[1] > 0 && counts[1] < counts[0]);
    }

    @Test
    void writesNothingWithoutASegmentAttribute() {
        ObjectNode metrics = JsonNodeFactory.instance.objectNode();
        DatasetSpec spec = Presets.load("crm-erp");
        DatasetSpec withoutSegments = new DatasetSpec(
                spec.name(),
                spec.detect(),
                spec.sources(),
                spec.entities(),
                List.of(),
                spec.checks(),
                spec.currency(),
                spec.timezone(),
                spec.pipeline(),
                spec.detectHeaders(),
                spec.targets(),
                spec.alerts(),
                spec.notifications(),
                spec.audiences(),
                spec.campaigns());

        new SegmentTracking(engine).measure(withoutSegments, metrics);

        assertThat(metrics.has("segment_monthly")).isFalse();
        assertThat(metrics.has("segment_repeat_purchase")).isFalse();
    }
}
