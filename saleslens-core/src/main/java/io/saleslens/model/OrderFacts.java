package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;
import java.util.List;

/**
 * The order lines summed per order number, customer and order date ({@code work.order_facts}: revenue,
 * units, lines). Every figure grouped by something the customer or the date decides (segments,
 * countries, months, weeks, RFM, orders) is the same over this table as over the lines, and it holds
 * about one row per order instead of one per line, so the metrics and analyses read it instead of
 * {@code fact_sales}. An order whose lines name two customers or dates has a row for each, so orders are
 * counted with {@link #countOrders}.
 */
public final class OrderFacts {

    private OrderFacts() {}

    /**
     * Builds the table from {@code gold.fact_sales}, with the customers' {@code attributes} when {@link OrderCustomers}
     * can join them once, and {@code work.order_numbers} from it, replacing earlier ones.
     */
    public static void build(Engine engine, List<String> attributes) {
        String summed = "SELECT order_number, customer_id, order_date,"
                + " sum(sales_amount) AS revenue, sum(quantity) AS units, count(*) AS lines"
                + " FROM " + Tables.FACT_SALES + " GROUP BY order_number, customer_id, order_date";
        boolean joinOnce = OrderCustomers.joinKeepsRows(engine);
        engine.replaceTable(
                Tables.ORDER_FACTS, joinOnce ? OrderCustomers.joined(engine, "(" + summed + ")", attributes) : summed);
        OrderCustomers.define(engine, joinOnce, attributes);
        countOrderNumbers(engine);
    }

    /** Builds {@code work.order_numbers} from {@code work.order_facts} as it stands, replacing an earlier one. */
    public static void countOrderNumbers(Engine engine) {
        // A GROUP BY, not count(DISTINCT): DuckDB spills a grouped aggregate to disk but not an ungrouped DISTINCT.
        // The missing order number is one group here, so "one row per order" holds for it too.
        engine.replaceTable(
                Tables.ORDER_NUMBERS,
                "SELECT count(order_number) AS orders, coalesce(count(*) = sum(order_rows), true) AS one_row_per_order"
                        + " FROM (SELECT order_number, count(*) AS order_rows FROM " + Tables.ORDER_FACTS
                        + " GROUP BY order_number) o");
    }

    /** The order numbers of {@code work.order_facts}, the missing one not counted. */
    public static long orders(Engine engine) {
        return engine.queryLong("SELECT orders FROM " + Tables.ORDER_NUMBERS);
    }

    /**
     * The aggregate that counts the distinct orders of {@code column} over rows of {@code work.order_facts}: a filter
     * of it, joined only on unique keys such as a dimension's. When every order has one row there, as it does unless
     * an order's lines name two customers or dates, that is {@code count(column)}; a {@code count(DISTINCT)} costs
     * DuckDB a hash table per group, about half of a grouped pass over the orders at 10M lines.
     */
    public static String countOrders(Engine engine, String column) {
        return (oneRowPerOrder(engine) ? "count(" : "count(DISTINCT ") + column + ")";
    }

    /** Whether every order number, the missing one included, has one row in {@code work.order_facts}. */
    public static boolean oneRowPerOrder(Engine engine) {
        return engine.queryLong("SELECT CASE WHEN one_row_per_order THEN 1 ELSE 0 END FROM " + Tables.ORDER_NUMBERS)
                == 1;
    }
}
