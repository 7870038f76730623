package io.saleslens.analysis;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.model.CustomerCategorySales;
import io.saleslens.model.MonthlySales;
import io.saleslens.model.OrderFacts;
import io.saleslens.model.ProductSales;
import io.saleslens.stage.Tables;
import java.nio.file.Path;

/**
 * A tiny hand-made star schema in an embedded engine, small enough to work out every figure by hand.
 * Customers 1-5; customer 6 has no orders; the data runs from 2013-01-10 to 2013-03-31.
 */
final class GoldFixture {
    private GoldFixture() {}

    static DuckDbEngine engine(Path spill) {
        DuckDbEngine engine = new DuckDbEngine(spill, null);
        engine.execute("CREATE TABLE gold.dim_customer (customer_id BIGINT, marital_status VARCHAR, gender VARCHAR,"
                + " country VARCHAR, birthdate DATE)");
        engine.execute("INSERT INTO gold.dim_customer VALUES"
                + " (1, 'Married', 'Female', 'Germany', DATE '1980-03-31')," // 33 on 2013-03-31
                + " (2, 'Single', 'Male', 'Germany', DATE '1980-04-01')," // 32: birthday not reached yet
                + " (3, 'Married', 'Male', 'France', DATE '2050-01-01')," // future: Unknown
                + " (4, 'Single', 'Female', 'France', DATE '1890-06-01')," // before 1900: Unknown
                + " (5, 'Married', 'Female', NULL, DATE '1950-01-01')," // 63
                + " (6, 'Single', 'Male', 'Germany', DATE '1990-01-01')");
        engine.execute("CREATE TABLE gold.dim_product (product_number VARCHAR, product_name VARCHAR, category VARCHAR,"
                + " subcategory VARCHAR, product_line VARCHAR)");
        engine.execute(
                "INSERT INTO gold.dim_product VALUES ('P1', 'Bike', 'Bikes', 'Road Bikes', 'Road'),"
                        + " ('P2', 'Helmet', 'Accessories', 'Helmets', 'Other Sales'), ('P3', 'Never sold', 'Accessories', 'Locks', 'Other Sales')");
        engine.execute("CREATE TABLE gold.fact_sales (order_number VARCHAR, product_number VARCHAR, customer_id BIGINT,"
                + " order_date DATE, quantity BIGINT, unit_price DOUBLE, sales_amount DOUBLE, order_month VARCHAR)");
        engine.execute("INSERT INTO gold.fact_sales VALUES"
                + " ('O1', 'P1', 1, DATE '2013-01-10', 1, 1000, 1000, '2013-01'),"
                + " ('O1', 'P2', 1, DATE '2013-01-10', 2, 50, 100, '2013-01'),"
                + " ('O2', 'P1', 1, DATE '2013-03-31', 1, 1000, 1000, '2013-03'),"
                + " ('O3', 'P2', 2, DATE '2013-02-01', 1, 50, 50, '2013-02'),"
                + " ('O4', 'P2', 3, DATE '2013-02-15', 4, 50, 200, '2013-02'),"
                + " ('O5', 'P1', 4, DATE '2013-03-01', 1, 1000, 1000, '2013-03'),"
                + " ('O6', 'P2', 4, DATE '2013-03-11', 1, 50, 50, '2013-03'),"
                + " ('O7', 'P2', 5, DATE '2013-01-20', 1, 50, 50, '2013-01')");
        derive(engine);
        return engine;
    }

    /** Builds what the model stage derives from the star schema for the metrics and analyses; again after a test changes it. */
    static void derive(DuckDbEngine engine) {
        OrderFacts.build(engine, engine.columns(Tables.DIM_CUSTOMER));
        MonthlySales.build(engine);
        ProductSales.build(engine);
        CustomerCategorySales.build(engine);
    }
}
