package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Customer segments and what to act on: RFM segments, the ABC / Pareto curve of products, cohort
 * retention and the revenue series with its forecast fan, from the analysis keys of metrics.json; with campaigns in
 * the spec, the first measured campaign's treated and comparison customers week by week.
 */
final class CustomerSegmentsDashboard implements PanelDashboard {

    static final String NAME = "customer_segments";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Customer segments, products, cohorts and outlook";
    }

    @Override
    public List<JFreeChart> panels(MetricsDocument document) {
        List<JFreeChart> panels = new ArrayList<>(List.of(
                rfmSegments(document),
                pareto(document),
                CohortHeatmapChart.of(document.array("cohorts", "rows")),
                RevenueForecastChart.of(document)));
        // Only a spec with campaigns gets the panel: for every other run it would only be a note of what is missing.
        if (document.number("campaigns", "configured").orElse(0) > 0) {
            panels.add(CampaignProgressChart.of(document));
        }
        return panels;
    }

    @Override
    public String subtitle(MetricsDocument document) {
        List<String> facts = new ArrayList<>();
        document.number("rfm", "customers")
                .ifPresent(n -> facts.add(String.format("%,.0f customers scored by RFM", n)));
        document.text("rfm", "reference_date").ifPresent(date -> facts.add("recency to " + date));
        document.number("concentration", "customers", "top_share")
                .ifPresent(share ->
                        facts.add(String.format("top 20%% of customers bring %.1f%% of revenue", 100 * share)));
        return facts.isEmpty() ? "No analysis figures in metrics.json" : String.join("  ·  ", facts);
    }

    private static JFreeChart rfmSegments(MetricsDocument document) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (JsonNode segment : document.array("rfm", "segments")) {
            String name = MetricsDocument.text(segment, "segment").orElse("?");
            dataset.addValue(
                    100 * MetricsDocument.number(segment, "customer_share").orElse(0), "Customers (%)", name);
            dataset.addValue(
                    100 * MetricsDocument.number(segment, "revenue_share").orElse(0), "Revenue (%)", name);
        }
        CategoryAxis segments = new CategoryAxis(null);
        segments.setCategoryMargin(0.2);
        NumberAxis share = new NumberAxis("Share of RFM customers / revenue (%)");
        share.setUpperMargin(0.12);
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, segments, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart =
                new JFreeChart("RFM segments: customers and revenue", DashboardTheme.PANEL_TITLE, plot, true);
        DashboardTheme.apply(chart, "No RFM segments in metrics.json");
        renderer.setSeriesPaint(0, DashboardTheme.PRIMARY);
        renderer.setSeriesPaint(1, DashboardTheme.paletteColour(0));
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        return chart;
    }

    private static JFreeChart pareto(MetricsDocument document) {
        XYSeries curve = new XYSeries("Cumulative revenue share");
        for (JsonNode point : document.array("products", "abc", "pareto_curve")) {
            curve.add(
                    100 * MetricsDocument.number(point, "product_share").orElse(0),
                    100 * MetricsDocument.number(point, "revenue_share").orElse(0));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        if (curve.getItemCount() > 0) {
            dataset.addSeries(curve);
        }
        NumberAxis products = new NumberAxis("Products ranked by revenue (% of products sold)");
        NumberAxis revenue = new NumberAxis("Cumulative share of revenue (%)");
        products.setRange(0, 100);
        revenue.setRange(0, 105);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(dataset, products, revenue, renderer);
        JFreeChart chart =
                new JFreeChart("Pareto curve and ABC classes of products", DashboardTheme.PANEL_TITLE, plot, false);
        DashboardTheme.apply(chart, "No product ABC figures in metrics.json");
        renderer.setSeriesPaint(0, DashboardTheme.PRIMARY);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        double a = document.number("products", "abc", "a_share").orElse(0.8);
        double b = document.number("products", "abc", "b_share").orElse(0.15);
        addThreshold(plot, 100 * a, "A up to " + Math.round(100 * a) + "%");
        addThreshold(plot, 100 * (a + b), "B up to " + Math.round(100 * (a + b)) + "%");
        List<String> classes = new ArrayList<>();
        for (JsonNode row : document.array("products", "abc", "classes")) {
            classes.add(MetricsDocument.text(row, "class").orElse("?") + ": "
                    + (long) MetricsDocument.number(row, "products").orElse(0) + " products, "
                    + String.format(
                            "%.1f%%",
                            100 * MetricsDocument.number(row, "revenue_share").orElse(0)));
        }
        if (!classes.isEmpty()) {
            TextTitle summary = new TextTitle(String.join("   ", classes), DashboardTheme.AXIS_LABEL);
            summary.setPaint(DashboardTheme.MUTED_TEXT);
            chart.addSubtitle(summary);
        }
        return chart;
    }

    private static void addThreshold(XYPlot plot, double value, String label) {
        ValueMarker marker = new ValueMarker(
                value,
                DashboardTheme.PARTIAL,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(DashboardTheme.TICK_LABEL);
        marker.setLabelPaint(DashboardTheme.MUTED_TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(marker);
    }
}
