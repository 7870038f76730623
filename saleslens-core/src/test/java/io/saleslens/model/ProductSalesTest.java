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

class ProductSalesTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(spill, null);
        engine.execute(
                "CREATE TABLE gold.dim_product (product_number VARCHAR, product_name VARCHAR, category VARCHAR)");
        engine.execute("INSERT INTO gold.dim_product VALUES ('P1', 'Bike', 'Bikes'), ('P2', 'Helmet', 'Accessories')");
        engine.execute(
                "CREATE TABLE gold.fact_sales (order_number VARCHAR, product_number VARCHAR, quantity BIGINT, sales_amount DOUBLE)");
        engine.execute(
                "INSERT INTO gold.fact_sales VALUES ('O1', 'P1', 1, 1000.004), ('O1', 'P2', 2, 100), ('O2', 'P2', 1, 50),"
                        + " ('O2', 'P2', 3, 150), ('O3', 'P9', 1, 5)");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void sumsEachProductWithItsNameAndDistinctOrders() {
        ProductSales.build(engine);

        Map<String, Object> helmet = engine.query(
                        "SELECT * FROM " + Tables.PRODUCT_SALES + " WHERE product_number = 'P2'")
                .get(0);
        assertThat(helmet.get("product_name")).isEqualTo("Helmet");
        assertThat(((Number) helmet.get("revenue")).doubleValue()).isEqualTo(300.0);
        assertThat(((Number) helmet.get("units")).longValue()).isEqualTo(6);
        assertThat(((Number) helmet.get("orders")).longValue())
                .as("two lines of O2 are one order")
                .isEqualTo(2);
        Map<String, Object> bike = engine.query(
                        "SELECT revenue FROM " + Tables.PRODUCT_SALES + " WHERE product_number = 'P1'")
                .get(0);
        assertThat(((Number) bike.get("revenue")).doubleValue())
                .as("unrounded, so shares use the exact sum")
                .isEqualTo(1000.004);
    }

    @Test
    void keepsProductsMissingFromTheCatalogWithoutName() {
        ProductSales.build(engine);
        Map<String, Object> unknown = engine.query(
                        "SELECT * FROM " + Tables.PRODUCT_SALES + " WHERE product_number = 'P9'")
                .get(0);
        assertThat(unknown.get("product_name")).isNull();
        assertThat(engine.queryLong("SELECT count(*) FROM " + Tables.PRODUCT_SALES))
                .isEqualTo(3);
    }
}
