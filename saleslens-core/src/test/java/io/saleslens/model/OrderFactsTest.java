package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.stage.Tables;
import java.nio.file.Path;
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
        OrderFacts.build(engine);

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
        OrderFacts.build(engine);
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(5);

        engine.execute("INSERT INTO gold.fact_sales VALUES ('O4', 4, DATE '2013-03-01', 1, 10)");
        OrderFacts.build(engine);
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(6);
    }
}
