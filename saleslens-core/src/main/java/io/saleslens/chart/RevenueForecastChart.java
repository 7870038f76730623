package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Revenue of the complete months with the forecast fan (80% and 95% intervals) when there is one,
 * and the seasonality verdict and forecast reason written under the title: the panel never implies a
 * seasonal pattern or a forecast the tests did not support.
 */
final class RevenueForecastChart {

    private RevenueForecastChart() {}

    static JFreeChart of(MetricsDocument document) {
        TimeSeries actual = new TimeSeries("Revenue, complete months");
        for (JsonNode month : document.array("monthly")) {
            if (!month.path("partial").asBoolean(false)) {
                MetricsDocument.text(month, "month")
                        .ifPresent(text -> actual.add(
                                month(text),
                                MetricsDocument.number(month, "revenue").orElse(0)));
            }
        }
        TimeSeriesCollection actuals = new TimeSeriesCollection();
        if (actual.getItemCount() > 0) {
            actuals.addSeries(actual);
        }
        DateAxis time = new DateAxis(null);
        NumberAxis revenue = new NumberAxis("Revenue ($)");
        revenue.setNumberFormatOverride(new MoneyFormat());
        DeviationRenderer line = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(actuals, time, revenue, line);
        JFreeChart chart =
                new JFreeChart("Monthly revenue, seasonality and forecast", DashboardTheme.PANEL_TITLE, plot, true);
        DashboardTheme.apply(chart, "No monthly revenue in metrics.json");
        line.setSeriesPaint(0, DashboardTheme.PRIMARY);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        addFan(plot, document.array("forecast", "months"));
        for (String note : notes(document)) {
            TextTitle title = new TextTitle(note, DashboardTheme.TICK_LABEL);
            title.setPaint(DashboardTheme.MUTED_TEXT);
            title.setMaximumLinesToDisplay(2);
            chart.addSubtitle(title);
        }
        return chart;
    }

    private static void addFan(XYPlot plot, List<JsonNode> months) {
        if (months.isEmpty()) {
            return;
        }
        YIntervalSeries outer = new YIntervalSeries("Forecast, 95% interval");
        YIntervalSeries inner = new YIntervalSeries("Forecast, 80% interval");
        for (JsonNode month : months) {
            double x = month(month.path("month").asText()).getMiddleMillisecond();
            double point = month.path("point").asDouble();
            outer.add(
                    x,
                    point,
                    month.path("lower95").asDouble(),
                    month.path("upper95").asDouble());
            inner.add(
                    x,
                    point,
                    month.path("lower80").asDouble(),
                    month.path("upper80").asDouble());
        }
        YIntervalSeriesCollection fan = new YIntervalSeriesCollection();
        fan.addSeries(outer);
        fan.addSeries(inner);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        Color orange = DashboardTheme.PARTIAL;
        renderer.setSeriesPaint(0, orange);
        renderer.setSeriesFillPaint(0, new Color(orange.getRed(), orange.getGreen(), orange.getBlue(), 60));
        renderer.setSeriesPaint(1, orange);
        renderer.setSeriesFillPaint(1, new Color(orange.getRed(), orange.getGreen(), orange.getBlue(), 120));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setAlpha(1f);
        plot.setDataset(1, fan);
        plot.setRenderer(1, renderer);
    }

    static List<String> notes(MetricsDocument document) {
        List<String> notes = new ArrayList<>();
        if (document.text("seasonality", "reason").isPresent()) {
            boolean detected =
                    document.root().path("seasonality").path("detected").asBoolean(false);
            notes.add((detected ? "Seasonal: " : "No seasonality established: ")
                    + document.text("seasonality", "reason").get());
        }
        document.text("forecast", "reason").ifPresent(reason -> {
            boolean available =
                    document.root().path("forecast").path("available").asBoolean(false);
            notes.add(
                    available
                            ? String.format(
                                    Locale.ROOT,
                                    "Forecast: %s; back-test MAPE %s%%",
                                    reason,
                                    document.text("forecast", "backtest_mape_percent")
                                            .orElse("n/a"))
                            : "No forecast: " + reason);
        });
        return notes;
    }

    private static Month month(String yearMonth) {
        YearMonth parsed = YearMonth.parse(yearMonth);
        return new Month(parsed.getMonthValue(), parsed.getYear());
    }
}
