package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The first measured campaign of {@code campaigns.list}: revenue per customer of its treated customers and of its
 * comparison, counted from the window's first day to the end of each week ({@code weekly}), with the measured lift and
 * its interval underneath. Without a measured campaign the panel has no data, and the dashboard leaves it out.
 */
final class CampaignProgressChart {
    static final String NO_DATA = "No data: no campaign in metrics.json was measured (see its status and message)";

    private CampaignProgressChart() {}

    static JFreeChart of(MetricsDocument document) {
        Optional<JsonNode> measured = document.array("campaigns", "list").stream()
                .filter(campaign -> "measured".equals(campaign.path("status").asText()))
                .findFirst();
        boolean holdout =
                measured.map(c -> "holdout".equals(c.path("design").asText())).orElse(true);
        String comparisonName = holdout ? "Holdout" : "Untargeted, same RFM segments";
        XYSeries treated = new XYSeries("Treated");
        XYSeries comparison = new XYSeries(comparisonName);
        measured.ifPresent(campaign -> {
            for (JsonNode week : campaign.path("weekly")) {
                double index = MetricsDocument.number(week, "week").orElse(0);
                MetricsDocument.number(week, "treated_revenue_per_customer").ifPresent(v -> treated.add(index, v));
                MetricsDocument.number(week, "comparison_revenue_per_customer")
                        .ifPresent(v -> comparison.add(index, v));
            }
        });
        XYSeriesCollection dataset = new XYSeriesCollection();
        if (treated.getItemCount() > 0) {
            dataset.addSeries(treated);
            dataset.addSeries(comparison);
        }
        NumberAxis weeks = new NumberAxis("Weeks since the window opened");
        weeks.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis revenue = new NumberAxis("Revenue per customer to date");
        revenue.setNumberFormatOverride(new MoneyFormat());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(dataset, weeks, revenue, renderer);
        String title = measured.map(c -> "Campaign " + c.path("name").asText() + ": treated against "
                        + (holdout ? "holdout" : "untargeted customers (no holdout)"))
                .orElse("Campaign: treated against holdout");
        JFreeChart chart = new JFreeChart(title, DashboardTheme.PANEL_TITLE, plot, true);
        DashboardTheme.apply(chart, NO_DATA);
        renderer.setSeriesPaint(0, DashboardTheme.PRIMARY);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesPaint(1, DashboardTheme.MUTED_TEXT);
        renderer.setSeriesStroke(
                1, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {8f, 5f}, 0f));
        measured.flatMap(CampaignProgressChart::liftLine).ifPresent(line -> {
            TextTitle summary = new TextTitle(line, DashboardTheme.AXIS_LABEL);
            summary.setPaint(DashboardTheme.MUTED_TEXT);
            chart.addSubtitle(summary);
        });
        return chart;
    }

    /** "Revenue per customer +12.8 % [−24.1 %, +68.2 %], not significant at 5 %", from the campaign's measures. */
    static Optional<String> liftLine(JsonNode campaign) {
        JsonNode revenue = campaign.path("measures").path("revenue_per_customer");
        OptionalDouble lift = MetricsDocument.number(revenue, "relative_lift");
        if (lift.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble lower = MetricsDocument.number(revenue, "relative_lift_lower");
        OptionalDouble upper = MetricsDocument.number(revenue, "relative_lift_upper");
        String interval = lower.isPresent() && upper.isPresent()
                ? " [" + percent(lower.getAsDouble()) + ", " + percent(upper.getAsDouble()) + "]"
                : "";
        String significance = revenue.path("significant").asBoolean() ? "significant at 5 %" : "not significant at 5 %";
        return Optional.of(
                "Revenue per customer " + percent(lift.getAsDouble()) + interval + " (95 % interval), " + significance);
    }

    private static String percent(double ratio) {
        return String.format("%+.1f %%", 100 * ratio);
    }
}
