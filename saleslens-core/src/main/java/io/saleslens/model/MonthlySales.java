package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.stage.Tables;

/**
 * The orders summed per calendar month ({@code work.monthly_sales}: month as yyyy-MM, revenue, orders, units,
 * unit_orders, customers, partial), from {@code work.order_facts}. metrics.json's monthly series and the analyses'
 * trend, seasonality and growth read this one table, each rounding as it needs, instead of each grouping every order:
 * that grouping is a pass over one row per order, 2.5 to 3 s at 10M order lines. Sums are not rounded here. units is
 * NULL in a month none of whose orders has a quantity, and unit_orders counts the order rows that have one. partial marks
 * the first and the last month when the data covers them only in part.
 */
public final class MonthlySales {

    private MonthlySales() {}

    /** Builds the table from {@code work.order_facts}, replacing an earlier one. */
    public static void build(Engine engine) {
        SqlDialect sql = engine.dialect();
        String month = sql.yearMonth("o.order_date");
        engine.replaceTable(
                Tables.MONTHLY_SALES,
                "WITH bounds AS (SELECT min(order_date) AS first, max(order_date) AS last FROM " + Tables.ORDER_FACTS
                        + ")"
                        + " SELECT " + month + " AS month, sum(o.revenue) AS revenue,"
                        + " " + OrderFacts.countOrders(engine, "o.order_number") + " AS orders, sum(o.units) AS units,"
                        + " count(o.units) AS unit_orders, count(DISTINCT o.customer_id) AS customers,"
                        + " (" + month + " = " + sql.yearMonth("any_value(b.first)")
                        + " AND day(any_value(b.first)) > 1)"
                        + " OR (" + month + " = " + sql.yearMonth("any_value(b.last)")
                        + " AND month(" + sql.addDays("any_value(b.last)", 1)
                        + ") = month(any_value(b.last))) AS partial"
                        + " FROM " + Tables.ORDER_FACTS + " o, bounds b WHERE o.order_date IS NOT NULL GROUP BY 1");
    }
}
