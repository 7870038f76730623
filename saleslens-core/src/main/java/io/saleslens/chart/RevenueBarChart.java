package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Revenue per label (segment, product, category, country) as bars labelled with their amount. Bars
 * keep the order they are given in, since the metrics document already ranks them.
 */
final class RevenueBarChart {

    /** One bar; the paint lets a product bar take its category's colour. */
    record Bar(String label, double revenue, Paint paint) {
        Bar {
            requireNonNull(label, "label is null");
            requireNonNull(paint, "paint is null");
        }
    }

    private static final String SERIES = "Revenue";

    private RevenueBarChart() {}

    static JFreeChart of(
            String title, String labelAxis, List<Bar> bars, PlotOrientation orientation, String noDataMessage) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Bar bar : bars) {
            dataset.addValue(bar.revenue(), SERIES, uniqueLabel(bar.label(), seen));
            paints.add(bar.paint());
        }
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        CategoryPlot plot = new CategoryPlot(
                dataset, labelAxis(labelAxis, horizontal), revenueAxis(), new PerBarPaintRenderer(paints));
        plot.setOrientation(orientation);
        // Horizontal bars otherwise get their amount axis on top, away from where people read it.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, DashboardTheme.PANEL_TITLE, plot, false);
        DashboardTheme.apply(chart, noDataMessage);
        labelBars((BarRenderer) plot.getRenderer(), horizontal);
        return chart;
    }

    /** Adds a legend naming what each bar colour means, e.g. the category of each product. */
    static JFreeChart withLegend(JFreeChart chart, Map<String, Paint> meaningOfColour) {
        LegendItemCollection items = new LegendItemCollection();
        meaningOfColour.forEach((meaning, paint) -> items.add(new LegendItem(meaning, paint)));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(DashboardTheme.TICK_LABEL);
        legend.setItemPaint(DashboardTheme.TEXT);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        return chart;
    }

    // The dataset keys bars by label, so a repeated label (two products sharing a name) would silently
    // replace the earlier bar.
    private static String uniqueLabel(String label, Set<String> seen) {
        String unique = label;
        for (int copy = 2; !seen.add(unique); copy++) {
            unique = label + " (" + copy + ")";
        }
        return unique;
    }

    private static CategoryAxis labelAxis(String label, boolean horizontal) {
        CategoryAxis axis = new CategoryAxis(label);
        axis.setCategoryMargin(horizontal ? 0.25 : 0.3);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        // Product names are long; give them room instead of truncating with dots.
        axis.setMaximumCategoryLabelWidthRatio(horizontal ? 0.4f : 1.0f);
        axis.setMaximumCategoryLabelLines(2);
        return axis;
    }

    private static NumberAxis revenueAxis() {
        NumberAxis axis = new NumberAxis("Revenue ($)");
        axis.setNumberFormatOverride(new MoneyFormat());
        // Room for the amount printed past the end of the longest bar, also on the printed copy's narrower panels.
        axis.setUpperMargin(0.25);
        return axis;
    }

    private static void labelBars(BarRenderer renderer, boolean horizontal) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new MoneyFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(DashboardTheme.TICK_LABEL);
        renderer.setDefaultItemLabelPaint(DashboardTheme.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                horizontal
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.18);
    }

    /** A single series whose bars each carry their own paint. */
    private static final class PerBarPaintRenderer extends BarRenderer {
        private final List<Paint> paints;

        PerBarPaintRenderer(List<Paint> paints) {
            this.paints = List.copyOf(paints);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints.get(column);
        }
    }
}
