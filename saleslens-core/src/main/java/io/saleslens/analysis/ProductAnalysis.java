package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.analysis.stats.AbcClass;
import io.saleslens.analysis.stats.AbcClassification;
import io.saleslens.analysis.stats.AbcResult;
import io.saleslens.analysis.stats.Concentration;
import io.saleslens.analysis.stats.ConcentrationResult;
import io.saleslens.engine.Engine;
import io.saleslens.metrics.JsonRows;
import io.saleslens.stage.Tables;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Products: best and worst sellers, ABC classes, catalog products never sold, and the category,
 * subcategory and product-line mix. One row per product sold reaches Java; that list grows with the
 * catalog, never with the sales.
 */
final class ProductAnalysis {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String FACT = Tables.FACT_SALES;
    private static final String PRODUCTS = Tables.DIM_PRODUCT;

    private final Engine engine;
    private final AnalysisOptions options;
    private final List<Map<String, Object>> sold;

    ProductAnalysis(Engine engine, AnalysisOptions options) {
        this.engine = engine;
        this.options = options;
        // Revenue first, product number breaking ties, so every list below has one order.
        this.sold = engine.query(
                "SELECT product_number, product_name, category, round(revenue, 2) AS revenue, units, orders" + " FROM "
                        + Tables.PRODUCT_SALES
                        + " WHERE product_number IS NOT NULL ORDER BY round(revenue, 2) DESC, product_number");
    }

    ObjectNode products(YearComparison years) {
        ObjectNode node = JSON.objectNode();
        node.put("products_sold", sold.size());
        int size = options.productListSize();
        node.set("top_by_revenue", JsonRows.array(ranked(row -> number(row, "revenue"), true, size)));
        node.set("bottom_by_revenue", JsonRows.array(ranked(row -> number(row, "revenue"), false, size)));
        // Without quantities a units ranking would order products by nothing: the lists stay empty, with the reason.
        boolean unitsKnown = sold.isEmpty() || sold.stream().anyMatch(row -> row.get("units") != null);
        node.set(
                "top_by_units",
                JsonRows.array(unitsKnown ? ranked(row -> number(row, "units"), true, size) : List.of()));
        node.set(
                "bottom_by_units",
                JsonRows.array(unitsKnown ? ranked(row -> number(row, "units"), false, size) : List.of()));
        if (!unitsKnown) {
            node.put("units_reason", MonthlySeries.NO_UNITS);
        }
        node.set("abc", abc());
        node.set("never_sold", neverSold());
        ObjectNode mix = node.putObject("mix");
        mix.set("years", years.json());
        List<String> columns = engine.columns(PRODUCTS);
        for (String dimension : List.of("category", "subcategory", "product_line")) {
            if (columns.contains(dimension)) {
                mix.set(dimension, mix(dimension, years));
            }
        }
        return node;
    }

    /** Concentration of revenue over the products sold, with the Java measures (the list is short). */
    ObjectNode concentration() {
        ObjectNode node = JSON.objectNode();
        double[] revenue = revenues();
        node.put("items", revenue.length);
        if (revenue.length == 0 || Arrays.stream(revenue).sum() <= 0) {
            node.putNull("gini");
            node.putNull("hhi");
            node.put("top_fraction", Concentration.TOP_FRACTION);
            node.put("top_items", 0);
            node.putNull("top_share");
            return node;
        }
        ConcentrationResult result = Concentration.of(revenue);
        JsonValues.ratio(node, "gini", result.gini());
        JsonValues.ratio(node, "hhi", result.hhi());
        node.put("top_fraction", Concentration.TOP_FRACTION);
        node.put("top_items", result.topItemCount());
        JsonValues.ratio(node, "top_share", result.topShare());
        return node;
    }

    private List<Map<String, Object>> ranked(ToDoubleFunction<Map<String, Object>> measure, boolean top, int size) {
        Comparator<Map<String, Object>> byMeasure = Comparator.comparingDouble(measure);
        Comparator<Map<String, Object>> order = (top ? byMeasure.reversed() : byMeasure)
                .thenComparing(row -> String.valueOf(row.get("product_number")));
        return sold.stream().sorted(order).limit(size).toList();
    }

    private ObjectNode abc() {
        ObjectNode node = JSON.objectNode();
        node.put(
                "method",
                "products ranked by revenue (product number breaking ties); a product is A while the share of"
                        + " the products ranked above it is below the A threshold, B below A + B, otherwise C");
        node.put("a_share", options.abcAShare());
        node.put("b_share", options.abcBShare());
        double[] revenue = revenues();
        ArrayNode classes = node.putArray("classes");
        ArrayNode curve = node.putArray("pareto_curve");
        double total = Arrays.stream(revenue).sum();
        if (revenue.length == 0 || total <= 0) {
            return node;
        }
        AbcResult result = AbcClassification.classify(revenue, options.abcAShare(), options.abcBShare());
        for (AbcClass abcClass : AbcClass.values()) {
            ObjectNode row = classes.addObject();
            row.put("class", abcClass.name());
            row.put("products", result.countByClass().get(abcClass));
            JsonValues.money(row, "revenue", result.revenueByClass().get(abcClass));
            JsonValues.ratio(row, "revenue_share", result.revenueByClass().get(abcClass) / total);
        }
        // At most 101 points (every percent of products), so the curve stays small for any catalog.
        double[] cumulative = new double[revenue.length + 1];
        for (int i = 0; i < revenue.length; i++) {
            cumulative[i + 1] = cumulative[i] + revenue[i];
        }
        int points = Math.min(100, revenue.length);
        for (int p = 0; p <= points; p++) {
            int products = (int) Math.round(p * (double) revenue.length / points);
            ObjectNode point = curve.addObject();
            point.put("products", products);
            JsonValues.ratio(point, "product_share", products / (double) revenue.length);
            JsonValues.ratio(point, "revenue_share", cumulative[products] / total);
        }
        return node;
    }

    private ObjectNode neverSold() {
        String unsold = " FROM " + PRODUCTS + " p WHERE NOT EXISTS (SELECT 1 FROM " + FACT
                + " f WHERE f.product_number = p.product_number)";
        ObjectNode node = JSON.objectNode();
        node.put("count", engine.queryLong("SELECT count(*)" + unsold));
        node.set(
                "sample",
                JsonRows.array(engine.query("SELECT p.product_number, p.product_name, p.category" + unsold
                        + " ORDER BY p.product_number NULLS LAST LIMIT " + options.productListSize())));
        return node;
    }

    private ArrayNode mix(String dimension, YearComparison years) {
        String current = years.revenueIn(years.currentYear(), "f.order_date", "f.sales_amount");
        String previous = years.revenueIn(years.previousYear(), "f.order_date", "f.sales_amount");
        return JsonRows.array(engine.query("WITH grouped AS (SELECT coalesce(p."
                + engine.dialect().quote(dimension)
                + ", 'Unknown') AS name, round(sum(f.sales_amount), 2) AS revenue, sum(f.quantity) AS units,"
                + " count(DISTINCT f.order_number) AS orders, count(DISTINCT f.product_number) AS products,"
                + " " + current + " AS current_year_revenue, " + previous + " AS previous_year_revenue"
                + " FROM " + FACT + " f LEFT JOIN " + PRODUCTS + " p ON f.product_number = p.product_number GROUP BY 1)"
                + " SELECT name, revenue, round(revenue / nullif(sum(revenue) OVER (), 0), 6) AS revenue_share, units, orders,"
                + " products, current_year_revenue, previous_year_revenue, "
                + years.growth("current_year_revenue", "previous_year_revenue") + " AS growth"
                + " FROM grouped ORDER BY revenue DESC, name"));
    }

    private double[] revenues() {
        return sold.stream()
                .mapToDouble(row -> Math.max(0, number(row, "revenue")))
                .toArray();
    }

    private static double number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
