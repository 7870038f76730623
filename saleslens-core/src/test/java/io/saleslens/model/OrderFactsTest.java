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

class OrderFactsTest {
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
        engine.execute(
                "INSERT INTO gold.fact_sales VALUES ('O1', 1, DATE '2013-01-10', 1, 1000), ('O1', 1, DATE '2013-01-10', 2, 100),"
                        + " ('O2', 2, DATE '2013-02-01', 1, 50), ('O2', 3, DATE '2013-02-01', 1, 60), ('O3', 2, DATE '2013-02-01', 4, 200),"
                        + " ('O3', 2, DATE '2013-02-02', 1, 20)");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void sumsTheLinesOfEachOrderCustomerAndDate() {
        OrderFacts.build(engine, List.of());

        Map<String, Object> first = engine.query(
                        "SELECT revenue, units, lines FROM " + Tables.ORDER_FACTS + " WHERE order_number = 'O1'")
                .get(0);
        assertThat(((Number) first.get("revenue")).doubleValue()).isEqualTo(1100.0);
        assertThat(((Number) first.get("units")).longValue()).isEqualTo(3);
        assertThat(((Number) first.get("lines")).longValue()).isEqualTo(2);
        // O2 names two customers and O3 two dates: each keeps a row per customer or date, so no count changes.
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(5);
        assertThat(engine.queryLong("SELECT sum(lines) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(6);
        assertThat(engine.queryLong(
                        "SELECT count(DISTINCT order_number) FROM " + Tables.ORDER_FACTS + " WHERE customer_id = 2"))
                .isEqualTo(2);
    }

    @Test
    void isRebuiltFromNewLines() {
        OrderFacts.build(engine, List.of());
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(5);

        engine.execute("INSERT INTO gold.fact_sales VALUES ('O4', 4, DATE '2013-03-01', 1, 10)");
        OrderFacts.build(engine, List.of());
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(6);
    }

    @Test
    void countsOrdersWithDistinctWhenAnOrderHasTwoRows() {
        OrderFacts.build(engine, List.of());

        // O1, O2 and O3; O2 names two customers and O3 two dates, so each has two rows.
        assertThat(OrderFacts.orders(engine)).isEqualTo(3);
        assertThat(OrderFacts.oneRowPerOrder(engine)).isFalse();
        assertThat(OrderFacts.countOrders(engine, "o.order_number")).isEqualTo("count(DISTINCT o.order_number)");
    }

    @Test
    void countsOrderRowsWhenEveryOrderHasOne() {
        engine.execute("DELETE FROM gold.fact_sales WHERE order_number IN ('O2', 'O3')");
        engine.execute("INSERT INTO gold.fact_sales VALUES ('O2', 2, DATE '2013-02-01', 1, 50),"
                + " (NULL, 2, DATE '2013-02-03', 1, 5)");
        OrderFacts.build(engine, List.of());

        assertThat(OrderFacts.orders(engine)).isEqualTo(2);
        assertThat(OrderFacts.oneRowPerOrder(engine)).isTrue();
        String orders = OrderFacts.countOrders(engine, "o.order_number");
        assertThat(orders).isEqualTo("count(o.order_number)");
        // Per customer, the cheaper count gives what count(DISTINCT) gives.
        assertThat(engine.query("SELECT o.customer_id, " + orders + " AS orders FROM " + Tables.ORDER_FACTS
                        + " o GROUP BY 1 ORDER BY 1"))
                .isEqualTo(engine.query("SELECT customer_id, count(DISTINCT order_number) AS orders FROM "
                        + Tables.FACT_SALES + " GROUP BY 1 ORDER BY 1"));
    }

    @Test
    void aSecondLineWithoutOrderNumberOnAnotherDateIsASecondRow() {
        engine.execute("DELETE FROM gold.fact_sales WHERE order_number IN ('O2', 'O3')");
        engine.execute("INSERT INTO gold.fact_sales VALUES (NULL, 2, DATE '2013-02-03', 1, 5),"
                + " (NULL, 2, DATE '2013-02-04', 1, 5)");
        OrderFacts.build(engine, List.of());

        // The lines without an order number are one group, as in a GROUP BY order_number.
        assertThat(OrderFacts.orders(engine)).isEqualTo(1);
        assertThat(OrderFacts.oneRowPerOrder(engine)).isFalse();
    }

    @Test
    void noLinesIsOneRowPerOrder() {
        engine.execute("DELETE FROM gold.fact_sales");
        OrderFacts.build(engine, List.of());

        assertThat(OrderFacts.orders(engine)).isZero();
        assertThat(OrderFacts.oneRowPerOrder(engine)).isTrue();
    }
}
