package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;

/**
 * Sales per customer and product category ({@code work.customer_category_sales}: customer_id, category, orders, units
 * and revenue unrounded; the lines without a customer as one customer), built only when every order has one row in
 * the order facts. Then an order belongs to one customer, so the orders of a category or of a segment's category are
 * the sum of these rows' orders, and metrics.json's category breakdown and the segment × category cross-tab read a few
 * rows per customer instead of grouping every order line again. When the table is missing they group the lines.
 */
public final class CustomerCategorySales {

    private CustomerCategorySales() {}

    /** Builds the table from the gold tables and the order facts, or drops it when orders have several rows. */
    public static void build(Engine engine) {
        if (!OrderFacts.oneRowPerOrder(engine)) {
            engine.execute("DROP TABLE IF EXISTS " + Tables.CUSTOMER_CATEGORY_SALES);
            return;
        }
        engine.replaceTable(
                Tables.CUSTOMER_CATEGORY_SALES,
                "SELECT customer_id, category, count(order_number) AS orders, sum(units) AS units,"
                        + " sum(revenue) AS revenue FROM (SELECT f.customer_id, " + category(engine)
                        + " AS category, f.order_number, sum(f.quantity) AS units, sum(f.sales_amount) AS revenue"
                        + " FROM " + Tables.FACT_SALES + " f LEFT JOIN " + Tables.DIM_PRODUCT
                        + " p ON f.product_number = p.product_number GROUP BY 1, 2, 3) orders GROUP BY 1, 2");
    }

    /** The product category of a line, Unknown when the product or its category is missing. */
    public static String category(Engine engine) {
        return engine.columns(Tables.DIM_PRODUCT).contains("category")
                ? "coalesce(p.category, 'Unknown')"
                : "'Unknown'";
    }
}
