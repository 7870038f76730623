package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.model.OrderCustomers;
import io.saleslens.model.OrderFacts;
import io.saleslens.stage.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scores the engine derives from value counts equal the rule as written: NTILE(5) over the customers
 * ordered by the measure and customer id, then the lowest NTILE among customers sharing a value. Checked on
 * customers with many ties, undated orders and orders without an amount, for populations of every size mod 5.
 */
class RfmScoresTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    @TempDir
    Path spill;

    DuckDbEngine engine;

    @BeforeEach
    void openEngine() {
        engine = new DuckDbEngine(spill, null);
        engine.execute("CREATE TABLE gold.dim_customer (customer_id BIGINT)");
        engine.execute(
                "CREATE TABLE " + Tables.ORDER_FACTS + " (order_number VARCHAR, customer_id BIGINT, order_date DATE,"
                        + " revenue DOUBLE, units BIGINT, lines BIGINT)");
        OrderCustomers.define(engine, false, List.of());
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void scoresEqualNtileWithEqualValuesTakingTheLowest() {
        for (int customers : List.of(1, 3, 5, 9, 1_003, 1_004)) {
            List<Customer> expected = writeCustomers(new Random(customers), customers);
            new RfmSegmenter(engine, RfmRules.defaults()).segment();

            Map<Long, Map<String, Object>> scored = new HashMap<>();
            engine.query("SELECT * FROM " + RfmSegmenter.TABLE)
                    .forEach(row -> scored.put((Long) row.get("customer_id"), row));
            assertThat(scored).hasSize(customers);
            Map<Long, Integer> r = referenceScores(expected, Customer::recencyDays, true, true);
            Map<Long, Integer> f = referenceScores(expected, c -> (double) c.frequency(), false, false);
            Map<Long, Integer> m = referenceScores(expected, Customer::monetary, false, false);
            for (Customer customer : expected) {
                Map<String, Object> row = scored.get(customer.id());
                assertThat(row.get("recency_days"))
                        .as("customer %s of %s", customer.id(), customers)
                        .isEqualTo(
                                customer.recencyDays() == null
                                        ? null
                                        : customer.recencyDays().longValue());
                assertThat(((Number) row.get("r_score")).intValue())
                        .as("r of %s in %s", customer.id(), customers)
                        .isEqualTo(r.get(customer.id()));
                assertThat(((Number) row.get("f_score")).intValue())
                        .as("f of %s in %s", customer.id(), customers)
                        .isEqualTo(f.get(customer.id()));
                assertThat(((Number) row.get("m_score")).intValue())
                        .as("m of %s in %s", customer.id(), customers)
                        .isEqualTo(m.get(customer.id()));
            }
        }
    }

    private record Customer(long id, Double recencyDays, long frequency, Double monetary) {}

    /** Orders with few distinct dates and amounts (many ties); some undated, some without an amount. */
    private List<Customer> writeCustomers(Random random, int count) {
        engine.execute("DELETE FROM gold.dim_customer");
        engine.execute("DELETE FROM " + Tables.ORDER_FACTS);
        List<String> orderRows = new ArrayList<>();
        List<int[]> days = new ArrayList<>();
        List<Double[]> amounts = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int orders = 1 + random.nextInt(3);
            int[] orderDays = new int[orders];
            Double[] orderAmounts = new Double[orders];
            for (int o = 0; o < orders; o++) {
                orderDays[o] = random.nextInt(10) == 0 ? -1 : random.nextInt(40);
                orderAmounts[o] = random.nextInt(10) == 0 ? null : 10.0 * (1 + random.nextInt(15));
                orderRows.add("('O" + c + "-" + o + "', " + c + ", "
                        + (orderDays[o] < 0 ? "NULL" : "DATE '" + FIRST_DAY.plusDays(orderDays[o]) + "'") + ", "
                        + (orderAmounts[o] == null ? "NULL" : orderAmounts[o]) + ", 1, 1)");
            }
            days.add(orderDays);
            amounts.add(orderAmounts);
        }
        engine.execute("INSERT INTO gold.dim_customer SELECT range FROM range(" + count + ")");
        engine.execute("INSERT INTO " + Tables.ORDER_FACTS + " VALUES " + String.join(", ", orderRows));
        OrderFacts.countOrderNumbers(engine);
        int lastDay = days.stream().flatMapToInt(Arrays::stream).max().orElse(-1);
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int latest = Arrays.stream(days.get(c)).max().orElse(-1);
            Double monetary = null;
            for (Double amount : amounts.get(c)) {
                if (amount != null) {
                    monetary = monetary == null ? amount : monetary + amount;
                }
            }
            customers.add(
                    new Customer(c, latest < 0 ? null : (double) (lastDay - latest), days.get(c).length, monetary));
        }
        return customers;
    }

    /** The rule as written: order (missing values first or last, then customer id), NTILE(5), lowest per value. */
    private static Map<Long, Integer> referenceScores(
            List<Customer> customers, Function<Customer, Double> measure, boolean descending, boolean missingFirst) {
        Comparator<Double> values = descending ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder();
        Comparator<Customer> order = Comparator.comparing(
                        measure, missingFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values))
                .thenComparingLong(Customer::id);
        List<Customer> sorted = customers.stream().sorted(order).toList();
        // Deal the sorted customers into five buckets, the first (n mod 5) buckets taking one more.
        Map<Double, Integer> lowestPerValue = new HashMap<>();
        int position = 0;
        for (int tile = 1; tile <= 5; tile++) {
            int bucketSize = sorted.size() / 5 + (tile <= sorted.size() % 5 ? 1 : 0);
            for (int i = 0; i < bucketSize; i++, position++) {
                lowestPerValue.merge(measure.apply(sorted.get(position)), tile, Math::min);
            }
        }
        Map<Long, Integer> scores = new HashMap<>();
        for (Customer customer : customers) {
            scores.put(customer.id(), lowestPerValue.get(measure.apply(customer)));
        }
        return scores;
    }
}
