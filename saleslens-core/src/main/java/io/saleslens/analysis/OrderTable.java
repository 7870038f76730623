package io.saleslens.analysis;

import io.saleslens.engine.Engine;
import io.saleslens.model.OrderCustomers;
import io.saleslens.model.OrderFacts;
import io.saleslens.stage.Tables;

/**
 * One row per order in the engine ({@code work.analysis_orders}): its customer, date, revenue, units
 * and lines. An order whose lines disagree on customer or date takes the smallest id and the earliest
 * date. Only customers of the customer dimension count as customers, as in {@code totals.customers_with_orders}.
 */
final class OrderTable {
    static final String TABLE = Tables.scratch("analysis", "orders");

    private OrderTable() {}

    static void build(Engine engine) {
        // Built from the order facts (lines already summed per order, customer and date), not the lines; they are
        // grouped again only when an order has more than one row there.
        boolean oneRowPerOrder = OrderFacts.oneRowPerOrder(engine);
        String select = oneRowPerOrder
                ? "SELECT o.order_number, o." + OrderCustomers.KNOWN_CUSTOMER_ID
                        + " AS customer_id, o.order_date, o.revenue, o.units, o.lines"
                : "SELECT o.order_number, min(o." + OrderCustomers.KNOWN_CUSTOMER_ID
                        + ") AS customer_id, min(o.order_date) AS order_date,"
                        + " sum(o.revenue) AS revenue, sum(o.units) AS units, sum(o.lines) AS lines";
        engine.replaceTable(
                TABLE,
                select + " FROM " + Tables.ORDER_CUSTOMERS + " o" + (oneRowPerOrder ? "" : " GROUP BY o.order_number"));
    }
}
