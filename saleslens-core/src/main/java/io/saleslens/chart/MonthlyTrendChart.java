package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A month-by-month panel for one {@link MonthlyMeasure}. Partial months (the {@code partial} flag of a
 * {@code monthly[]} row) get their own colour and legend entry, because an incomplete first or last
 * month otherwise reads as a collapse or a spike.
 */
final class MonthlyTrendChart {

    static final String PARTIAL_MONTH = "partial month";
    static final String COMPLETE_MONTH = "complete month";

    // Months are calendar labels, not instants; pinning one zone keeps bars on their month everywhere.
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private static final Calendar UTC_CALENDAR = Calendar.getInstance(UTC, Locale.US);

    private MonthlyTrendChart() {}

    static JFreeChart of(List<JsonNode> monthly, MonthlyMeasure measure) {
        return of(monthly, measure, Set.of());
    }

    /**
     * As {@link #of(List, MonthlyMeasure)}, with every month whose calendar month is in {@code peakMonths} (1 to 12)
     * shaded behind its bar: the seasonal peaks the analysis established.
     */
    static JFreeChart of(List<JsonNode> monthly, MonthlyMeasure measure, Set<Integer> peakMonths) {
        TimeSeries complete = new TimeSeries(COMPLETE_MONTH);
        TimeSeries partial = new TimeSeries(PARTIAL_MONTH);
        TimeSeries every = new TimeSeries(measure.title());
        for (int index = 0; index < monthly.size(); index++) {
            JsonNode row = monthly.get(index);
            OptionalDouble value = MetricsDocument.number(row, measure.field());
            if (value.isEmpty()) {
                continue;
            }
            Month month = month(row, index);
            boolean isPartial = row.path("partial").asBoolean(false);
            (isPartial ? partial : complete).add(month, value.getAsDouble());
            every.add(month, value.getAsDouble());
        }
        boolean line = measure.shape() == MonthlyMeasure.Shape.LINE;
        TimeSeriesCollection dataset = new TimeSeriesCollection(UTC);
        dataset.addSeries(line ? every : complete);
        dataset.addSeries(partial);
        // Points sit mid-month so a line lines up with the month tick it belongs to.
        dataset.setXPosition(TimePeriodAnchor.MIDDLE);

        XYPlot plot = new XYPlot(
                dataset, monthAxis(dataset), valueAxis(measure, line), line ? lineRenderer() : barRenderer());
        JFreeChart chart = new JFreeChart(measure.title(), DashboardTheme.PANEL_TITLE, plot, true);
        DashboardTheme.apply(chart, "No data: metrics.json has no monthly " + measure.field());
        XYItemRenderer renderer = plot.getRenderer();
        renderer.setSeriesPaint(0, DashboardTheme.PRIMARY);
        renderer.setSeriesPaint(1, DashboardTheme.PARTIAL);
        renderer.setSeriesVisibleInLegend(0, dataset.getSeries(0).getItemCount() > 0);
        renderer.setSeriesVisibleInLegend(1, !partial.isEmpty());
        for (int index = 0; index < monthly.size(); index++) {
            Month month = month(monthly.get(index), index);
            if (peakMonths.contains(month.getMonth())) {
                IntervalMarker peak = new IntervalMarker(
                        month.getFirstMillisecond(UTC_CALENDAR), month.getLastMillisecond(UTC_CALENDAR));
                peak.setPaint(DashboardTheme.PEAK);
                plot.addDomainMarker(peak, Layer.BACKGROUND);
            }
        }
        return chart;
    }

    private static Month month(JsonNode row, int index) {
        String text = MetricsDocument.text(row, "month").orElse("");
        try {
            YearMonth month = YearMonth.parse(text);
            return new Month(month.getMonthValue(), month.getYear());
        } catch (DateTimeParseException badMonth) {
            throw new IllegalArgumentException(
                    "metrics.json monthly[" + index + "].month: expected yyyy-MM but found '" + text + "'", badMonth);
        }
    }

    private static DateAxis monthAxis(TimeSeriesCollection dataset) {
        DateAxis axis = new DateAxis("Month", UTC, Locale.US);
        SimpleDateFormat format = new SimpleDateFormat("MMM yyyy", Locale.US);
        format.setTimeZone(UTC);
        axis.setDateFormatOverride(format);
        // Ticks under the middle of each month sit under its bar, and no tick falls on the right edge.
        axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        // Spanning whole months makes bar and line panels share one time scale, so they line up.
        Range months = dataset.getDomainBounds(true);
        if (months != null) {
            axis.setRange(months);
        }
        return axis;
    }

    private static NumberAxis valueAxis(MonthlyMeasure measure, boolean line) {
        NumberAxis axis = new NumberAxis(measure.valueAxisLabel());
        // Bars are read by length, so they need a zero baseline; a ratio line reads better zoomed in.
        axis.setAutoRangeIncludesZero(!line);
        axis.setUpperMargin(0.08);
        if (measure.unit() == MonthlyMeasure.Unit.DOLLARS) {
            axis.setNumberFormatOverride(new MoneyFormat());
        } else {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
            axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        }
        return axis;
    }

    private static XYBarRenderer barRenderer() {
        XYBarRenderer renderer = new XYBarRenderer(0.15);
        renderer.setDrawBarOutline(false);
        return renderer;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        return renderer;
    }
}
