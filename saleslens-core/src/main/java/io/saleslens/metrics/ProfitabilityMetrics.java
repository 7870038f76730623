package io.saleslens.metrics;

import static io.saleslens.metrics.SalesMetrics.CUSTOMERS;
import static io.saleslens.metrics.SalesMetrics.FACT;
import static io.saleslens.metrics.SalesMetrics.PRODUCTS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.DatasetSpec;
import java.util.Set;

/**
 * Profit, margin and discount figures, whenever the data has what they need: a profit or cost column
 * on the order lines, or a product cost to multiply by the quantity; a discount column for the discount
 * analysis. Lines whose cost is unknown are counted and left out of the margin, never taken as free.
 */
public final class ProfitabilityMetrics {
    private final Engine engine;
    private final SqlDialect sql;

    public ProfitabilityMetrics(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    public void measure(DatasetSpec spec, ObjectNode metrics) {
        Set<String> sale = spec.entity(DatasetSpec.SALE).columns().keySet();
        boolean productCost = spec.entity(DatasetSpec.PRODUCT).allColumns().containsKey("cost");
        String cost;
        String basis;
        if (sale.contains("profit")) {
            cost = "(f.sales_amount - f.profit)";
            basis = "profit column of the order lines (cost = sales amount - profit)";
        } else if (sale.contains("cost")) {
            cost = "f.cost";
            basis = "cost column of the order lines";
        } else if (sale.contains("unit_cost")) {
            cost = "(f.quantity * f.unit_cost)";
            basis = "unit cost of the order lines x quantity";
        } else if (productCost) {
            cost = "(f.quantity * p.cost)";
            basis = "product cost x quantity (the product's current cost)";
        } else {
            cost = null;
            basis = null;
        }
        if (cost != null) {
            metrics.set("profitability", profitability(cost, basis, spec));
        }
        if (sale.contains("discount")) {
            metrics.set("discounts", discounts(cost));
        }
    }

    /** The rows meeting a condition, 0 when none: count(*) FILTER (WHERE ...) in SQL both engines accept. */
    private static String countWhere(String condition) {
        return "coalesce(sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    private String from(DatasetSpec spec) {
        return FACT + " f LEFT JOIN " + PRODUCTS + " p ON f.product_number = p.product_number";
    }

    private ObjectNode profitability(String cost, String basis, DatasetSpec spec) {
        String known = cost + " IS NOT NULL AND f.sales_amount IS NOT NULL";
        // sum(CASE ...) rather than FILTER (WHERE ...), which Spark does not accept on every aggregate.
        String knownSales = "CASE WHEN " + known + " THEN f.sales_amount END";
        String knownProfit = "CASE WHEN " + known + " THEN f.sales_amount - " + cost + " END";
        ObjectNode node = JsonRows.object(engine.query("SELECT round(sum(" + knownSales + "), 2) AS revenue_with_cost,"
                        + " round(sum(CASE WHEN " + known + " THEN " + cost + " END), 2) AS cost,"
                        + " round(sum(" + knownProfit + "), 2) AS gross_profit,"
                        + " round(sum(" + knownProfit + ") / nullif(sum(" + knownSales + "), 0), 6) AS margin,"
                        + " " + countWhere("NOT (" + known + ")") + " AS lines_without_cost,"
                        + " " + countWhere(known + " AND f.sales_amount - " + cost + " < 0") + " AS lines_at_a_loss"
                        + " FROM " + from(spec))
                .get(0));
        node.put("basis", basis);
        node.set(
                "by_category",
                JsonRows.array(engine.query("SELECT coalesce(p.category, 'Unknown') AS category,"
                        + " round(sum(f.sales_amount), 2) AS revenue, round(sum(f.sales_amount - " + cost
                        + "), 2) AS gross_profit,"
                        + " round(sum(f.sales_amount - " + cost + ") / nullif(sum(f.sales_amount), 0), 6) AS margin"
                        + " FROM " + from(spec) + " WHERE " + known + " GROUP BY 1 ORDER BY gross_profit DESC, 1")));
        if (!spec.segments().isEmpty()) {
            String attribute = spec.segments().get(0);
            String label = "coalesce(CAST(c." + sql.quote(attribute) + " AS STRING), 'Unknown')";
            ObjectNode bySegment = node.putObject("by_segment");
            bySegment.put("attribute", attribute);
            bySegment.set(
                    "rows",
                    JsonRows.array(engine.query("SELECT " + label + " AS label,"
                            + " round(sum(f.sales_amount), 2) AS revenue, round(sum(f.sales_amount - " + cost
                            + "), 2) AS gross_profit,"
                            + " round(sum(f.sales_amount - " + cost + ") / nullif(sum(f.sales_amount), 0), 6) AS margin"
                            + " FROM " + from(spec) + " LEFT JOIN " + CUSTOMERS
                            + " c ON f.customer_id = c.customer_id WHERE " + known
                            + " GROUP BY 1 ORDER BY gross_profit DESC, 1")));
        }
        return node;
    }

    private ObjectNode discounts(String cost) {
        String profit = cost == null ? "NULL" : "round(sum(f.sales_amount - " + cost + "), 2)";
        String margin =
                cost == null ? "NULL" : "round(sum(f.sales_amount - " + cost + ") / nullif(sum(f.sales_amount), 0), 6)";
        ObjectNode node = JsonRows.object(
                engine.query("SELECT " + countWhere("f.discount IS NOT NULL") + " AS lines_with_discount_value,"
                                + " " + countWhere("f.discount > 0") + " AS lines_discounted,"
                                + " round(" + countWhere("f.discount > 0") + " * 1.0 / nullif("
                                + countWhere("f.discount IS NOT NULL") + ", 0), 6)"
                                + " AS share_discounted, round(avg(CASE WHEN f.discount > 0 THEN f.discount END), 6) AS avg_discount_when_discounted,"
                                + " round(sum(CASE WHEN f.discount > 0 THEN f.sales_amount END), 2) AS revenue_discounted"
                                + " FROM " + FACT + " f")
                        .get(0));
        node.set(
                "by_discount",
                JsonRows.array(engine.query("SELECT round(f.discount, 4) AS discount, count(*) AS lines,"
                        + " round(sum(f.sales_amount), 2) AS revenue, " + profit + " AS gross_profit, " + margin
                        + " AS margin"
                        + " FROM " + FACT + " f LEFT JOIN " + PRODUCTS + " p ON f.product_number = p.product_number"
                        + " GROUP BY 1 ORDER BY 1 NULLS LAST LIMIT 50")));
        return node;
    }
}
