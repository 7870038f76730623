package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/** Revenue by segment, top products, category and country, from the breakdowns in metrics.json. */
final class BusinessPerformanceDashboard implements PanelDashboard {

    static final String NAME = "business_performance_dashboard";
    static final int TOP_PRODUCTS = 10;
    static final String UNKNOWN_CATEGORY = "Unknown category";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Business performance";
    }

    @Override
    public List<JFreeChart> panels(MetricsDocument document) {
        Map<String, Paint> categoryColours = categoryColours(document);
        return List.of(
                segments(document),
                topProducts(document, categoryColours),
                categories(document, categoryColours),
                countries(document));
    }

    @Override
    public String subtitle(MetricsDocument document) {
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.US);
        List<String> facts = new ArrayList<>();
        document.number("totals", "revenue")
                .ifPresent(revenue -> facts.add("Revenue " + new MoneyFormat().format(revenue)));
        document.number("totals", "orders").ifPresent(orders -> facts.add(count.format(orders) + " orders"));
        document.number("totals", "customers")
                .ifPresent(customers -> facts.add(count.format(customers) + " customers"));
        OptionalDouble sold = document.number("totals", "products_sold");
        OptionalDouble catalog = document.number("totals", "products_in_catalog");
        if (sold.isPresent() && catalog.isPresent()) {
            facts.add(count.format(sold.getAsDouble()) + " of " + count.format(catalog.getAsDouble())
                    + " catalog products sold");
        }
        Optional<String> first = document.text("totals", "first_order_date");
        Optional<String> last = document.text("totals", "last_order_date");
        if (first.isPresent() && last.isPresent()) {
            facts.add("orders from " + first.get() + " to " + last.get());
        }
        return facts.isEmpty() ? "No totals in metrics.json" : String.join("  ·  ", facts);
    }

    private static JFreeChart segments(MetricsDocument document) {
        // The attribute is what the segments really are (e.g. marital status), so the panel names it.
        String attribute = document.text("segments", "attribute")
                .map(name -> name.replace('_', ' '))
                .orElse("segment");
        List<RevenueBarChart.Bar> bars = bars(
                document.array("segments", "rows"),
                row -> MetricsDocument.text(row, "label").or(() -> MetricsDocument.text(row, "code")),
                row -> DashboardTheme.PRIMARY);
        return RevenueBarChart.of(
                "Revenue by " + attribute,
                capitalise(attribute),
                bars,
                PlotOrientation.VERTICAL,
                "No data: metrics.json has no segments");
    }

    private static JFreeChart topProducts(MetricsDocument document, Map<String, Paint> categoryColours) {
        List<JsonNode> top =
                document.array("products_top").stream().limit(TOP_PRODUCTS).toList();
        List<RevenueBarChart.Bar> bars = bars(
                top,
                row -> MetricsDocument.text(row, "product_name").or(() -> MetricsDocument.text(row, "product_number")),
                row -> categoryColours.get(categoryOf(row)));
        Map<String, Paint> legend = new LinkedHashMap<>();
        top.forEach(row -> legend.put(categoryOf(row), categoryColours.get(categoryOf(row))));
        JFreeChart chart = RevenueBarChart.of(
                "Top " + TOP_PRODUCTS + " products by revenue",
                "Product",
                bars,
                PlotOrientation.HORIZONTAL,
                "No data: metrics.json has no products_top");
        return RevenueBarChart.withLegend(chart, legend);
    }

    private static JFreeChart categories(MetricsDocument document, Map<String, Paint> categoryColours) {
        List<RevenueBarChart.Bar> bars = bars(
                document.array("categories"),
                row -> Optional.of(categoryOf(row)),
                row -> categoryColours.get(categoryOf(row)));
        return RevenueBarChart.of(
                "Revenue by product category",
                "Category",
                bars,
                PlotOrientation.VERTICAL,
                "No data: metrics.json has no categories");
    }

    private static JFreeChart countries(MetricsDocument document) {
        List<RevenueBarChart.Bar> bars = bars(
                document.array("countries"),
                row -> MetricsDocument.text(row, "country"),
                row -> DashboardTheme.PRIMARY);
        return RevenueBarChart.of(
                "Revenue by country",
                "Country",
                bars,
                PlotOrientation.HORIZONTAL,
                "No data: metrics.json has no countries");
    }

    /** Rows without a label or a revenue are left out rather than drawn as zero. */
    private static List<RevenueBarChart.Bar> bars(
            List<JsonNode> rows, Function<JsonNode, Optional<String>> label, Function<JsonNode, Paint> paint) {
        List<RevenueBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode row : rows) {
            Optional<String> name = label.apply(row);
            OptionalDouble revenue = MetricsDocument.number(row, "revenue");
            if (name.isPresent() && revenue.isPresent()) {
                bars.add(new RevenueBarChart.Bar(name.get(), revenue.getAsDouble(), paint.apply(row)));
            }
        }
        return bars;
    }

    /** Same category, same colour, on both panels: ranked categories first, then any named only by a product. */
    static Map<String, Paint> categoryColours(MetricsDocument document) {
        Map<String, Paint> colours = new LinkedHashMap<>();
        List<JsonNode> rows = new ArrayList<>(document.array("categories"));
        rows.addAll(document.array("products_top"));
        for (JsonNode row : rows) {
            colours.computeIfAbsent(categoryOf(row), category -> DashboardTheme.paletteColour(colours.size()));
        }
        return colours;
    }

    private static String categoryOf(JsonNode row) {
        return MetricsDocument.text(row, "category").orElse(UNKNOWN_CATEGORY);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
