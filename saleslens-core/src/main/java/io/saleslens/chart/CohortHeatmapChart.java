package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Cohort retention as a heatmap: one row per first-purchase month, one column per month since. Month
 * 0 is always 100% and is left out so that the colour scale shows the differences that matter.
 */
final class CohortHeatmapChart {

    private CohortHeatmapChart() {}

    static JFreeChart of(List<JsonNode> cohorts) {
        int cells = 0;
        for (JsonNode cohort : cohorts) {
            cells += Math.max(0, cohort.path("retention").size() - 1);
        }
        double[][] data = new double[3][cells];
        double highest = 0;
        int longest = 1;
        int index = 0;
        for (int row = 0; row < cohorts.size(); row++) {
            JsonNode retention = cohorts.get(row).path("retention");
            longest = Math.max(longest, retention.size() - 1);
            for (int month = 1; month < retention.size(); month++) {
                data[0][index] = month;
                data[1][index] = row;
                data[2][index] = retention.get(month).asDouble();
                highest = Math.max(highest, data[2][index]);
                index++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        if (cells > 0) {
            dataset.addSeries("retention", data);
        }
        NumberAxis months = new NumberAxis("Months since first order");
        months.setRange(0.5, longest + 0.5);
        months.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis rows = new NumberAxis("First-order month (cohort)");
        rows.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(cohorts.size() / 12.0)), new CohortLabels(cohorts)));
        rows.setInverted(true);
        rows.setRange(-0.5, Math.max(0.5, cohorts.size() - 0.5));
        XYBlockRenderer renderer = new XYBlockRenderer();
        BluePaintScale scale = new BluePaintScale(highest > 0 ? highest : 1);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, months, rows, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(
                "Cohort retention (share of cohort ordering again)", DashboardTheme.PANEL_TITLE, plot, false);
        DashboardTheme.apply(chart, "No cohorts in metrics.json");
        if (cells > 0) {
            NumberAxis legendAxis = new NumberAxis("Retention (%)");
            legendAxis.setRange(0, 100 * scale.getUpperBound());
            // Added after the theme, so it would keep JFreeChart's own smaller fonts.
            legendAxis.setLabelFont(DashboardTheme.AXIS_LABEL);
            legendAxis.setTickLabelFont(DashboardTheme.TICK_LABEL);
            legendAxis.setLabelPaint(DashboardTheme.TEXT);
            legendAxis.setTickLabelPaint(DashboardTheme.TEXT);
            PaintScaleLegend legend = new PaintScaleLegend(new PercentScale(scale), legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setMargin(4, 8, 4, 4);
            legend.setStripWidth(14);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    /** White for zero to the theme's blue at the highest retention. */
    record BluePaintScale(double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, value / upper));
            Color blue = DashboardTheme.PRIMARY;
            return new Color(mix(255, blue.getRed(), t), mix(255, blue.getGreen(), t), mix(255, blue.getBlue(), t));
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }

    /** The same scale read in percent, for the legend axis. */
    private record PercentScale(BluePaintScale scale) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 100 * scale.getUpperBound();
        }

        @Override
        public Paint getPaint(double value) {
            return scale.getPaint(value / 100);
        }
    }

    /** Writes a row index as its cohort month. */
    private static final class CohortLabels extends NumberFormat {
        private final List<JsonNode> cohorts;

        CohortLabels(List<JsonNode> cohorts) {
            this.cohorts = List.copyOf(cohorts);
        }

        @Override
        public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
            return format(Math.round(number), target, position);
        }

        @Override
        public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
            if (number >= 0 && number < cohorts.size()) {
                target.append(cohorts.get((int) number).path("cohort").asText());
            }
            return target;
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return null;
        }
    }
}
