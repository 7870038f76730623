package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;

/**
 * Sales per product sold ({@code work.product_sales}: name and category from the product dimension,
 * revenue unrounded, units and distinct orders), one row per product number. The top products of the
 * metrics and the product analysis both read it, so the lines are grouped by product once.
 */
public final class ProductSales {

    private ProductSales() {}

    /** Builds the table from the gold tables, replacing an earlier one. */
    public static void build(Engine engine) {
        engine.replaceTable(
                Tables.PRODUCT_SALES,
                "SELECT f.product_number, any_value(p.product_name) AS product_name,"
                        + " any_value(p.category) AS category, sum(f.sales_amount) AS revenue, sum(f.quantity) AS units,"
                        + " count(DISTINCT f.order_number) AS orders FROM " + Tables.FACT_SALES + " f LEFT JOIN "
                        + Tables.DIM_PRODUCT
                        + " p ON f.product_number = p.product_number GROUP BY f.product_number");
    }
}
