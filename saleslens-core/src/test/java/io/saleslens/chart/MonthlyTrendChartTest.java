package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

class MonthlyTrendChartTest {

    private static final MonthlyMeasure REVENUE = new MonthlyMeasure(
            "revenue", "Monthly revenue", "Revenue ($)", MonthlyMeasure.Unit.DOLLARS, MonthlyMeasure.Shape.BARS);
    private static final MonthlyMeasure AVERAGE_ORDER_VALUE = new MonthlyMeasure(
            "avg_order_value",
            "Average order value",
            "Revenue per order ($)",
            MonthlyMeasure.Unit.DOLLARS,
            MonthlyMeasure.Shape.LINE);

    private final List<JsonNode> monthly = new MetricsDocument(MetricsFixture.parse("""
            {"monthly": [
              {"month": "2012-12", "revenue": 180000, "avg_order_value": 2000.0, "partial": true},
              {"month": "2013-01", "revenue": 1250000, "avg_order_value": 1953.13, "partial": false},
              {"month": "2013-02", "avg_order_value": 1984.85},
              {"month": "2013-03", "revenue": 95000, "avg_order_value": 1583.33, "partial": true}
            ]}
            """)).array("monthly");

    @Test
    void splitsBarsIntoCompleteAndPartialMonths() {
        XYPlot plot = MonthlyTrendChart.of(monthly, REVENUE).getXYPlot();
        TimeSeriesCollection dataset = (TimeSeriesCollection) plot.getDataset();

        assertThat(plot.getRenderer()).isInstanceOf(XYBarRenderer.class);
        assertThat(dataset.getSeriesKey(0)).isEqualTo(MonthlyTrendChart.COMPLETE_MONTH);
        assertThat(dataset.getSeries(0).getItemCount())
                .as("months with revenue, not partial")
                .isEqualTo(1);
        assertThat(dataset.getSeriesKey(1)).isEqualTo(MonthlyTrendChart.PARTIAL_MONTH);
        assertThat(dataset.getSeries(1).getItemCount()).isEqualTo(2);
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(DashboardTheme.PARTIAL);
    }

    @Test
    void drawsRatiosAsALineWithPartialMonthsMarked() {
        XYPlot plot = MonthlyTrendChart.of(monthly, AVERAGE_ORDER_VALUE).getXYPlot();
        TimeSeriesCollection dataset = (TimeSeriesCollection) plot.getDataset();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();

        assertThat(dataset.getSeries(0).getItemCount())
                .as("every month on the line")
                .isEqualTo(4);
        assertThat(dataset.getSeries(1).getItemCount()).isEqualTo(2);
        assertThat(renderer.getSeriesLinesVisible(1)).isFalse();
    }

    @Test
    void labelsAxesWithTheirUnits() {
        JFreeChart chart = MonthlyTrendChart.of(monthly, REVENUE);

        assertThat(chart.getTitle().getText()).isEqualTo("Monthly revenue");
        assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("Month");
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Revenue ($)");
    }

    @Test
    void leavesOutThePartialLegendEntryWhenNoMonthIsPartial() {
        List<JsonNode> complete = new MetricsDocument(
                        MetricsFixture.parse("{\"monthly\": [{\"month\": \"2013-01\", \"revenue\": 1}]}"))
                .array("monthly");

        XYPlot plot = MonthlyTrendChart.of(complete, REVENUE).getXYPlot();

        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(1);
    }

    @Test
    void showsNoDataWhenThereAreNoMonths() {
        JFreeChart chart = MonthlyTrendChart.of(List.of(), REVENUE);

        assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("No data: metrics.json has no monthly revenue");
    }

    @Test
    void rejectsAMonthThatIsNotYearAndMonth() {
        List<JsonNode> bad = new MetricsDocument(
                        MetricsFixture.parse("{\"monthly\": [{\"month\": \"2013/01\", \"revenue\": 1}]}"))
                .array("monthly");

        assertThatThrownBy(() -> MonthlyTrendChart.of(bad, REVENUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metrics.json monthly[0].month: expected yyyy-MM but found '2013/01'");
    }
}
