package io.saleslens.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.stage.Tables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderCustomersTest {
    /** The join every figure grouped by a customer attribute made before, written out here by hand. */
    private static final String JOIN = "SELECT o.order_number, o.customer_id, o.order_date, o.revenue, o.units,"
            + " o.lines, c.customer_id AS known_customer_id, c.marital_status, c.units AS customer_units"
            + " FROM (SELECT order_number, customer_id, order_date, sum(sales_amount) AS revenue,"
            + " sum(quantity) AS units, count(*) AS lines FROM gold.fact_sales GROUP BY 1, 2, 3) o"
            + " LEFT JOIN gold.dim_customer c ON o.customer_id = c.customer_id";

    private static final String VIEW = "SELECT order_number, customer_id, order_date, revenue, units, lines,"
            + " known_customer_id, marital_status, \"_customer_units\" FROM " + Tables.ORDER_CUSTOMERS;

    @TempDir
    Path spill;

    private DuckDbEngine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(spill, null);
        // A dimension column named like an order column (units) and one no figure groups by (first_name).
        engine.execute("CREATE TABLE gold.dim_customer (customer_id BIGINT, first_name VARCHAR,"
                + " marital_status VARCHAR, units VARCHAR)");
        engine.execute("INSERT INTO gold.dim_customer VALUES (1, 'Ann', 'Married', 'many'), (2, 'Bo', NULL, 'few')");
        engine.execute("CREATE TABLE gold.fact_sales (order_number VARCHAR, customer_id BIGINT, order_date DATE,"
                + " quantity BIGINT, sales_amount DOUBLE)");
        // O3's customer is not in the dimension and O4 names none.
        engine.execute("INSERT INTO gold.fact_sales VALUES ('O1', 1, DATE '2013-01-10', 1, 1000),"
                + " ('O1', 1, DATE '2013-01-10', 2, 100), ('O2', 2, DATE '2013-02-01', 1, 50),"
                + " ('O3', 3, DATE '2013-02-02', 1, 60), ('O4', NULL, DATE '2013-02-03', 4, 200)");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void theFactsCarryTheAttributesWhenEveryCustomerIdIsOnceInTheDimension() {
        OrderFacts.build(engine, List.of("marital_status", "units", "country"));

        assertThat(engine.columns(Tables.ORDER_FACTS))
                .containsExactly(
                        "order_number",
                        "customer_id",
                        "order_date",
                        "revenue",
                        "units",
                        "lines",
                        "known_customer_id",
                        "marital_status",
                        "_customer_units");
        assertSameRows();
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(4);
        assertThat(engine
                        .query("SELECT " + OrderCustomers.attribute(engine.dialect(), "o", "units") + " AS u FROM "
                                + Tables.ORDER_CUSTOMERS + " o WHERE " + OrderCustomers.knownCustomer("o")
                                + " ORDER BY o.order_number")
                        .stream()
                        .map(row -> row.get("u"))
                        .toList())
                .containsExactly("many", "few");
    }

    @Test
    void theViewJoinsAndCountsACustomerIdHeldTwiceTwiceAsTheJoinDid() {
        engine.execute("INSERT INTO gold.dim_customer VALUES (2, 'Bo', 'Single', 'few')");

        OrderFacts.build(engine, List.of("marital_status", "units"));

        assertThat(engine.columns(Tables.ORDER_FACTS))
                .containsExactly("order_number", "customer_id", "order_date", "revenue", "units", "lines");
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_FACTS))
                .isEqualTo(4);
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_CUSTOMERS))
                .isEqualTo(5);
        assertSameRows();
    }

    private void assertSameRows() {
        assertThat(engine.queryLong("SELECT count(*) FROM (" + VIEW + ")"))
                .isEqualTo(engine.queryLong("SELECT count(*) FROM (" + JOIN + ")"));
        assertThat(engine.queryLong("SELECT count(*) FROM ((" + VIEW + ") EXCEPT ALL (" + JOIN + "))"))
                .isZero();
        assertThat(engine.queryLong("SELECT count(*) FROM ((" + JOIN + ") EXCEPT ALL (" + VIEW + "))"))
                .isZero();
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.ORDER_CUSTOMERS + " o WHERE NOT "
                        + OrderCustomers.knownCustomer("o")))
                .isEqualTo(2);
    }
}
