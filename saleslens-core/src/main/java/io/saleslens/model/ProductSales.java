package io.saleslens.model;

import static io.saleslens.model.SilverTables.gold;

import io.saleslens.engine.Engine;

/**
 * Sales per product sold ({@code work.product_sales}: name and category from the product dimension,
 * revenue unrounded, units and distinct orders), one row per product number. The top products of the
 * metrics and the product analysis both read it, so the lines are grouped by product once.
 */
public final class ProductSales {
    public static final String TABLE = "work.product_sales";

    private ProductSales() {}

    /** Builds the table from the gold tables, replacing an earlier one. */
    public static void build(Engine engine) {
        engine.replaceTable(TABLE, "SELECT f.product_number, any_value(p.product_name) AS product_name,"
                + " any_value(p.category) AS category, sum(f.sales_amount) AS revenue, sum(f.quantity) AS units,"
                + " count(DISTINCT f.order_number) AS orders FROM " + gold("fact_sales") + " f LEFT JOIN " + gold("dim_product")
                + " p ON f.product_number = p.product_number GROUP BY f.product_number");
    }

    /** The table's name, building it first when the gold tables came from elsewhere (a fixture, an older run). */
    public static String table(Engine engine) {
        if (!engine.tableExists(TABLE)) {
            build(engine);
        }
        return TABLE;
    }
}
