package io.saleslens.analysis;

import static io.saleslens.model.SilverTables.gold;

import io.saleslens.engine.Engine;

/**
 * One row per order in the engine ({@code work.analysis_orders}): its customer, date, revenue, units
 * and lines. An order whose lines disagree on customer or date takes the smallest id and the earliest
 * date. Only customers of the customer dimension count as customers, as in {@code totals.customers_with_orders}.
 */
final class OrderTable {
    static final String TABLE = "work.analysis_orders";

    private OrderTable() {}

    static void build(Engine engine) {
        engine.execute("CREATE OR REPLACE TABLE " + TABLE + " AS SELECT f.order_number, min(c.customer_id) AS customer_id,"
                + " min(f.order_date) AS order_date, sum(f.sales_amount) AS revenue, sum(f.quantity) AS units, count(*) AS lines"
                + " FROM " + gold("fact_sales") + " f LEFT JOIN " + gold("dim_customer") + " c ON f.customer_id = c.customer_id"
                + " GROUP BY f.order_number");
    }
}
