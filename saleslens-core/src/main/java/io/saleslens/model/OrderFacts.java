package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;

/**
 * The order lines summed per order number, customer and order date ({@code work.order_facts}: revenue,
 * units, lines). Every figure grouped by something the customer or the date decides (segments,
 * countries, months, weeks, RFM, orders) is the same over this table as over the lines, and it holds
 * about one row per order instead of one per line, so the metrics and analyses read it instead of
 * {@code fact_sales}. Order counts stay {@code count(DISTINCT order_number)}: an order whose lines name
 * two customers or dates has a row for each.
 */
public final class OrderFacts {

    private OrderFacts() {}

    /** Builds the table from {@code gold.fact_sales}, replacing an earlier one. */
    public static void build(Engine engine) {
        engine.replaceTable(
                Tables.ORDER_FACTS,
                "SELECT order_number, customer_id, order_date,"
                        + " sum(sales_amount) AS revenue, sum(quantity) AS units, count(*) AS lines"
                        + " FROM " + Tables.FACT_SALES + " GROUP BY order_number, customer_id, order_date");
    }
}
