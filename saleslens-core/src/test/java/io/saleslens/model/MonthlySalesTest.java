package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.stage.Tables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlySalesTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(spill, null);
        engine.execute("CREATE TABLE gold.dim_customer (customer_id BIGINT)");
        engine.execute(
                "CREATE TABLE gold.fact_sales (order_number VARCHAR, customer_id BIGINT, order_date DATE, quantity BIGINT,"
                        + " sales_amount DOUBLE)");
        // Orders from 2013-01-10 to 2013-03-05: January and March are covered in part, February in full. O3 has no
        // quantities, O4 neither, and O5 has no date.
        engine.execute("INSERT INTO gold.fact_sales VALUES"
                + " ('O1', 1, DATE '2013-01-10', 1, 1000), ('O1', 1, DATE '2013-01-10', 2, 100),"
                + " ('O2', 2, DATE '2013-02-01', 1, 50), ('O2', 3, DATE '2013-02-01', 1, 60),"
                + " ('O3', 2, DATE '2013-02-01', NULL, 200), ('O3', 2, DATE '2013-02-28', NULL, 20),"
                + " ('O4', 4, DATE '2013-03-05', NULL, 10), ('O5', 5, NULL, 1, 999)");
        OrderFacts.build(engine, List.of());
        MonthlySales.build(engine);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void sumsTheDatedOrdersOfEachMonthAndMarksTheMonthsCoveredInPart() {
        List<Map<String, Object>> months = engine.query("SELECT month, revenue, orders, units, unit_orders, customers,"
                + " partial FROM " + Tables.MONTHLY_SALES + " ORDER BY month");

        assertThat(months).extracting(row -> row.get("month")).containsExactly("2013-01", "2013-02", "2013-03");
        // January: O1's two lines, one order with units, customer 1.
        assertMonth(months.get(0), 1100, 1, 3L, 1, 1, true);
        // February: O2 (customers 2 and 3, with units) and O3 (customer 2, on two dates, without units).
        assertMonth(months.get(1), 330, 2, 2L, 2, 2, false);
        // March: O4 alone, no quantity at all, so no units rather than zero.
        assertMonth(months.get(2), 10, 1, null, 0, 1, true);
    }

    private static void assertMonth(
            Map<String, Object> month,
            double revenue,
            long orders,
            Long units,
            long unitOrders,
            long customers,
            boolean partial) {
        assertThat(((Number) month.get("revenue")).doubleValue()).isEqualTo(revenue);
        assertThat(((Number) month.get("orders")).longValue()).isEqualTo(orders);
        if (units == null) {
            assertThat(month.get("units")).isNull();
        } else {
            assertThat(((Number) month.get("units")).longValue()).isEqualTo(units);
        }
        assertThat(((Number) month.get("unit_orders")).longValue()).isEqualTo(unitOrders);
        assertThat(((Number) month.get("customers")).longValue()).isEqualTo(customers);
        assertThat(month.get("partial")).isEqualTo(partial);
    }
}
