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

class CustomerCategorySalesTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(spill, null);
        engine.execute("CREATE TABLE gold.dim_product (product_number VARCHAR, category VARCHAR)");
        engine.execute("INSERT INTO gold.dim_product VALUES ('P1', 'Bikes'), ('P2', 'Accessories'), ('P3', NULL)");
        engine.execute("CREATE TABLE gold.dim_customer (customer_id BIGINT)");
        engine.execute("CREATE TABLE gold.fact_sales (order_number VARCHAR, product_number VARCHAR, customer_id BIGINT,"
                + " order_date DATE, quantity BIGINT, sales_amount DOUBLE)");
        // O1 has two accessories lines and a bike; O3 has no customer; P3 has no category and P9 no product row.
        engine.execute("INSERT INTO gold.fact_sales VALUES"
                + " ('O1', 'P1', 1, DATE '2013-01-10', 1, 1000), ('O1', 'P2', 1, DATE '2013-01-10', 2, 20),"
                + " ('O1', 'P2', 1, DATE '2013-01-10', 1, 10), ('O2', 'P2', 1, DATE '2013-02-01', 3, 30),"
                + " ('O3', 'P2', NULL, DATE '2013-02-02', 1, 10), ('O4', 'P3', 2, DATE '2013-02-03', NULL, 5),"
                + " ('O5', 'P9', 2, DATE '2013-02-04', 1, 7)");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void theCategorySumsOfItsRowsAreTheFiguresOfTheLines() {
        OrderFacts.build(engine, List.of());
        CustomerCategorySales.build(engine);

        assertThat(engine.query("SELECT category, CAST(sum(orders) AS BIGINT) AS orders, sum(units) AS units,"
                        + " sum(revenue) AS revenue FROM " + Tables.CUSTOMER_CATEGORY_SALES + " GROUP BY 1 ORDER BY 1"))
                .isEqualTo(engine.query("SELECT coalesce(p.category, 'Unknown') AS category,"
                        + " count(DISTINCT f.order_number) AS orders, sum(f.quantity) AS units,"
                        + " sum(f.sales_amount) AS revenue FROM gold.fact_sales f LEFT JOIN gold.dim_product p"
                        + " ON f.product_number = p.product_number GROUP BY 1 ORDER BY 1"));
        // Customer 1: O1 and O2 in accessories, O1 in bikes.
        assertThat(engine.queryLong("SELECT orders FROM " + Tables.CUSTOMER_CATEGORY_SALES
                        + " WHERE customer_id = 1 AND category = 'Accessories'"))
                .isEqualTo(2);
    }

    @Test
    void isNotBuiltWhenAnOrderNamesTwoCustomers() {
        OrderFacts.build(engine, List.of());
        CustomerCategorySales.build(engine);
        assertThat(engine.tableExists(Tables.CUSTOMER_CATEGORY_SALES)).isTrue();

        engine.execute("INSERT INTO gold.fact_sales VALUES ('O2', 'P2', 3, DATE '2013-02-01', 1, 10)");
        OrderFacts.build(engine, List.of());
        CustomerCategorySales.build(engine);

        assertThat(engine.tableExists(Tables.CUSTOMER_CATEGORY_SALES)).isFalse();
    }
}
