package io.saleslens.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.general.DatasetUtils;

/**
 * Fonts and colours shared by every dashboard, so the same thing looks the same on every panel: one
 * blue for revenue and counts, one amber for partial months, one palette for product categories.
 */
final class DashboardTheme {

    static final Color PRIMARY = new Color(0x2F6DB5);
    static final Color PARTIAL = new Color(0xF28E2B);
    /** Behind the months the analysis names as seasonal peaks: light enough that bars stay the thing read. */
    static final Color PEAK = new Color(0xE8EEF7);

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xDADADA);
    static final Color PANEL_BORDER = new Color(0xE3E3E3);

    /**
     * Colours for categories: Tableau 10 without its blue and orange, so a category bar is never
     * mistaken for a plain revenue bar or a partial month.
     */
    private static final List<Color> PALETTE = List.of(
            new Color(0x59A14F),
            new Color(0xE15759),
            new Color(0x76B7B2),
            new Color(0xB07AA1),
            new Color(0xEDC948),
            new Color(0x9C755F),
            new Color(0xFF9DA7),
            new Color(0xBAB0AC));

    static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font DASHBOARD_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font DASHBOARD_SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 17);

    private static final StandardChartTheme THEME = build();

    private DashboardTheme() {}

    /** Styles a chart built by {@code ChartFactory}; set series paints after this, as it resets them. */
    static JFreeChart apply(JFreeChart chart, String noDataMessage) {
        THEME.apply(chart);
        Plot plot = chart.getPlot();
        plot.setNoDataMessage(noDataMessage);
        plot.setNoDataMessageFont(AXIS_LABEL);
        plot.setNoDataMessagePaint(MUTED_TEXT);
        plot.setOutlineVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        hideAxesWhenEmpty(plot);
        return chart;
    }

    // Empty axes with made-up ticks ($0 to $1) would look like real figures next to the no-data message.
    private static void hideAxesWhenEmpty(Plot plot) {
        if (plot instanceof CategoryPlot categoryPlot && DatasetUtils.isEmptyOrNull(categoryPlot.getDataset())) {
            categoryPlot.getDomainAxis().setVisible(false);
            categoryPlot.getRangeAxis().setVisible(false);
            categoryPlot.setRangeGridlinesVisible(false);
        } else if (plot instanceof XYPlot xyPlot && DatasetUtils.isEmptyOrNull(xyPlot.getDataset())) {
            xyPlot.getDomainAxis().setVisible(false);
            xyPlot.getRangeAxis().setVisible(false);
            xyPlot.setDomainGridlinesVisible(false);
            xyPlot.setRangeGridlinesVisible(false);
        }
    }

    /** The palette colour for the n-th key, cycling when there are more keys than colours. */
    static Paint paletteColour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    private static StandardChartTheme build() {
        StandardChartTheme theme = new StandardChartTheme("SalesLens");
        theme.setExtraLargeFont(PANEL_TITLE);
        theme.setLargeFont(AXIS_LABEL);
        theme.setRegularFont(TICK_LABEL);
        theme.setSmallFont(TICK_LABEL);
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(MUTED_TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE.toArray(Paint[]::new),
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }
}
