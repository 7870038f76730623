package io.saleslens.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.model.OrderCustomers;
import io.saleslens.model.OrderFacts;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The core sales figures, computed in the engine over the gold tables: totals, segment breakdowns,
 * the monthly series and the product, category and country lists. Money is rounded to cents and
 * shares to six decimals so that the same data always gives the same document.
 */
public final class SalesMetrics {
    static final String FACT = Tables.FACT_SALES;
    static final String CUSTOMERS = Tables.DIM_CUSTOMER;
    static final String PRODUCTS = Tables.DIM_PRODUCT;
    private static final String ORDER_CUSTOMERS = Tables.ORDER_CUSTOMERS;
    private static final int TOP_PRODUCTS = 10;

    private final Engine engine;
    private final SqlDialect sql;

    public SalesMetrics(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    public void measure(DatasetSpec spec, ObjectNode metrics) {
        ObjectNode totals = totals();
        if (!spec.entity(DatasetSpec.SALE).columns().containsKey("quantity")) {
            totals.put("units_reason", "the sale entity has no quantity column: units and avg_unit_price are null");
        }
        metrics.set("totals", totals);
        double revenue = totals.path("revenue").asDouble();
        ObjectNode segmentsBy = metrics.putObject("segments_by");
        ObjectNode withoutCustomer = salesWithoutCustomer();
        for (String attribute : spec.segments()) {
            segmentsBy.set(attribute, segments(spec, attribute, revenue, withoutCustomer.deepCopy()));
        }
        if (!spec.segments().isEmpty()) {
            metrics.set("segments", segmentsBy.get(spec.segments().get(0)));
        }
        metrics.set("monthly", monthly());
        metrics.set("products_top", productsTop(revenue));
        metrics.set("categories", categories(revenue));
        if (spec.entity(DatasetSpec.CUSTOMER).allColumns().containsKey("country")) {
            metrics.set("countries", countries(revenue));
        }
    }

    /** The totals in one pass over the fact table, plus the small distinct sets of buyers and products sold. */
    private ObjectNode totals() {
        // The model stage counted the orders when it built the order facts.
        return JsonRows.object(engine.query("WITH sales AS (SELECT count(*) AS sales_records,"
                        + " (SELECT orders FROM " + Tables.ORDER_NUMBERS + ") AS orders,"
                        + " sum(sales_amount) AS revenue, sum(quantity) AS units, min(order_date) AS first_date, max(order_date) AS last_date,"
                        + " coalesce(sum(CASE WHEN order_date IS NULL THEN 1 ELSE 0 END), 0) AS undated FROM " + FACT
                        + "),"
                        + " buyers AS (SELECT count(*) AS customers_with_orders FROM (SELECT o."
                        + OrderCustomers.KNOWN_CUSTOMER_ID + " FROM " + ORDER_CUSTOMERS + " o WHERE "
                        + OrderCustomers.knownCustomer("o") + " GROUP BY 1) b),"
                        + " sold AS (SELECT count(DISTINCT CASE WHEN p.product_number IS NOT NULL THEN d.product_number END) AS in_catalog,"
                        + " count(DISTINCT CASE WHEN p.product_number IS NULL THEN d.product_number END) AS not_in_catalog"
                        + " FROM (SELECT DISTINCT product_number FROM " + FACT
                        + ") d LEFT JOIN (SELECT DISTINCT product_number FROM " + PRODUCTS
                        + ") p ON d.product_number = p.product_number)"
                        + " SELECT s.sales_records, s.orders, (SELECT count(*) FROM " + CUSTOMERS
                        + ") AS customers, b.customers_with_orders,"
                        + " (SELECT count(*) FROM " + PRODUCTS
                        + ") AS products_in_catalog, p.in_catalog AS products_sold,"
                        + " p.not_in_catalog AS products_sold_not_in_catalog, round(s.revenue, 2) AS revenue, s.units,"
                        + " round(s.revenue / nullif(s.orders, 0), 2) AS avg_order_value, round(s.revenue / nullif(s.units, 0), 2) AS avg_unit_price,"
                        + " round(s.sales_records * 1.0 / nullif(s.orders, 0), 4) AS lines_per_order,"
                        + " CAST(s.first_date AS STRING) AS first_order_date, CAST(s.last_date AS STRING) AS last_order_date,"
                        + " s.undated AS undated_records FROM sales s, buyers b, sold p")
                .get(0));
    }

    private ObjectNode segments(DatasetSpec spec, String attribute, double revenue, ObjectNode withoutCustomer) {
        Map<String, String> map =
                spec.entity(DatasetSpec.CUSTOMER).allColumns().get(attribute).map();
        String label = "c." + sql.quote(attribute);
        String saleLabel = OrderCustomers.attribute(sql, "o", attribute);
        String query = "WITH customer_groups AS (SELECT " + codeOf(map, label) + " AS code, " + label
                + " AS label, count(*) AS customers FROM "
                + CUSTOMERS + " c GROUP BY 1, 2),"
                + " sale_groups AS (SELECT " + codeOf(map, saleLabel) + " AS code, " + saleLabel
                + " AS label, " + OrderFacts.countOrders(engine, "o.order_number") + " AS orders,"
                + " sum(o.units) AS units, sum(o.revenue) AS revenue FROM " + ORDER_CUSTOMERS + " o WHERE "
                + OrderCustomers.knownCustomer("o") + " GROUP BY 1, 2)"
                + " SELECT g.code, g.label, g.customers, coalesce(s.orders, 0) AS orders,"
                + " CASE WHEN s.label IS NULL AND s.code IS NULL THEN 0 ELSE s.units END AS units,"
                + " round(coalesce(s.revenue, 0), 2) AS revenue, round(coalesce(s.revenue, 0) / " + nonZero(revenue)
                + ", 6) AS revenue_share,"
                + " round(s.revenue / nullif(s.orders, 0), 2) AS avg_order_value, round(s.revenue / nullif(s.units, 0), 2) AS avg_unit_price"
                + " FROM customer_groups g LEFT JOIN sale_groups s ON g.code = s.code AND g.label = s.label"
                + " ORDER BY revenue DESC, g.customers DESC, g.code NULLS LAST, g.label NULLS LAST";
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("attribute", attribute);
        node.set("rows", JsonRows.array(engine.query(query)));
        node.set("sales_without_customer", withoutCustomer);
        return node;
    }

    /** Lines and revenue whose customer is not in the customer dimension: the same for every attribute. */
    private ObjectNode salesWithoutCustomer() {
        return JsonRows.object(engine.query(
                        "SELECT coalesce(sum(lines), 0) AS sales_records, round(coalesce(sum(revenue), 0), 2) AS revenue"
                                + " FROM " + ORDER_CUSTOMERS + " o WHERE NOT " + OrderCustomers.knownCustomer("o"))
                .get(0));
    }

    /**
     * The source code of a standardised label, when exactly one raw value maps to it (M for Married);
     * otherwise the label itself, so that variants merged by the map (US, USA) form one segment.
     */
    private String codeOf(Map<String, String> map, String label) {
        Map<String, List<String>> codesByLabel = new LinkedHashMap<>();
        map.forEach((raw, mapped) ->
                codesByLabel.computeIfAbsent(mapped, l -> new ArrayList<>()).add(raw));
        StringBuilder code = new StringBuilder("CASE");
        codesByLabel.forEach((mapped, codes) -> {
            if (codes.size() == 1) {
                code.append(" WHEN ")
                        .append(label)
                        .append(" = ")
                        .append(sql.literal(mapped))
                        .append(" THEN ")
                        .append(sql.literal(codes.get(0)));
            }
        });
        return code.length() == 4
                ? label
                : code.append(" ELSE ").append(label).append(" END").toString();
    }

    private ArrayNode monthly() {
        return JsonRows.array(engine.query("SELECT month, round(revenue, 2) AS revenue, orders, units, customers,"
                + " round(revenue / nullif(orders, 0), 2) AS avg_order_value, partial FROM " + Tables.MONTHLY_SALES
                + " ORDER BY month"));
    }

    private ArrayNode productsTop(double revenue) {
        return JsonRows.array(engine.query(
                "SELECT product_number, product_name, category, round(revenue, 2) AS revenue, units, orders,"
                        + " round(revenue / " + nonZero(revenue) + ", 6) AS revenue_share FROM " + Tables.PRODUCT_SALES
                        + " ORDER BY round(revenue, 2) DESC, product_number NULLS LAST LIMIT " + TOP_PRODUCTS));
    }

    /** From the model stage's sums per customer and category when it made them (their orders add up then), else the lines. */
    private ArrayNode categories(double revenue) {
        String grouped = engine.tableExists(Tables.CUSTOMER_CATEGORY_SALES)
                ? "SELECT category, sum(revenue) AS revenue, sum(units) AS units, CAST(sum(orders) AS BIGINT) AS orders"
                        + " FROM " + Tables.CUSTOMER_CATEGORY_SALES + " GROUP BY 1"
                : "SELECT coalesce(p.category, 'Unknown') AS category, sum(f.sales_amount) AS revenue,"
                        + " sum(f.quantity) AS units, count(DISTINCT f.order_number) AS orders FROM " + FACT
                        + " f LEFT JOIN " + PRODUCTS + " p ON f.product_number = p.product_number GROUP BY 1";
        return JsonRows.array(engine.query("SELECT category, round(revenue, 2) AS revenue, units, orders,"
                + " round(revenue / " + nonZero(revenue) + ", 6) AS revenue_share FROM (" + grouped + ") g"
                + " ORDER BY round(revenue, 2) DESC, 1"));
    }

    /**
     * Orders and customers per country are counted over GROUP BYs, which DuckDB spills, not two count(DISTINCT)s; the
     * orders with the sums when each order has one row.
     */
    private ArrayNode countries(double revenue) {
        boolean oneRowPerOrder = OrderFacts.oneRowPerOrder(engine);
        return JsonRows.array(
                engine.query("WITH lines AS (SELECT coalesce(" + OrderCustomers.attribute(sql, "o", "country")
                        + ", 'Unknown') AS country, o.order_number, o.customer_id, o.revenue, o.units FROM "
                        + ORDER_CUSTOMERS + " o),"
                        + " sums AS (SELECT country, sum(revenue) AS revenue, sum(units) AS units,"
                        + " count(order_number) AS order_rows FROM lines GROUP BY country),"
                        + (oneRowPerOrder
                                ? ""
                                : " order_counts AS (SELECT country, count(*) AS orders FROM (SELECT country,"
                                        + " order_number FROM lines WHERE order_number IS NOT NULL"
                                        + " GROUP BY country, order_number) o GROUP BY country),")
                        + " customer_counts AS (SELECT country, count(*) AS customers FROM (SELECT country, customer_id FROM lines"
                        + " WHERE customer_id IS NOT NULL GROUP BY country, customer_id) b GROUP BY country)"
                        + " SELECT s.country, round(s.revenue, 2) AS revenue, s.units, coalesce("
                        + (oneRowPerOrder ? "s.order_rows" : "o.orders") + ", 0) AS orders,"
                        + " coalesce(b.customers, 0) AS customers, round(s.revenue / " + nonZero(revenue)
                        + ", 6) AS revenue_share"
                        + " FROM sums s"
                        + (oneRowPerOrder ? "" : " LEFT JOIN order_counts o ON s.country = o.country")
                        + " LEFT JOIN customer_counts b ON s.country = b.country"
                        + " ORDER BY revenue DESC, s.country"));
    }

    private String nonZero(double value) {
        return value == 0 ? "CAST(NULL AS DOUBLE)" : sql.doubleLiteral(value);
    }
}
