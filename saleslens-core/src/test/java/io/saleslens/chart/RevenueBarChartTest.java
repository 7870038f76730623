package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Paint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

class RevenueBarChartTest {

    private static final List<RevenueBarChart.Bar> BARS = List.of(
            new RevenueBarChart.Bar("Bikes", 15_600_000, Color.GREEN),
            new RevenueBarChart.Bar("Accessories", 2_000_000, Color.RED));

    @Test
    void keepsTheGivenOrderAndAmounts() {
        CategoryPlot plot = chart(BARS, PlotOrientation.VERTICAL).getCategoryPlot();

        assertThat(plot.getDataset().getColumnKeys()).containsExactly("Bikes", "Accessories");
        assertThat(plot.getDataset().getValue(0, 0)).isEqualTo(15_600_000.0);
    }

    @Test
    void paintsEachBarWithItsOwnColour() {
        CategoryPlot plot = chart(BARS, PlotOrientation.VERTICAL).getCategoryPlot();

        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(Color.GREEN);
        assertThat(plot.getRenderer().getItemPaint(0, 1)).isEqualTo(Color.RED);
    }

    @Test
    void keepsBarsWhoseLabelsRepeat() {
        List<RevenueBarChart.Bar> twins = List.of(
                new RevenueBarChart.Bar("Water Bottle", 2, Color.GRAY),
                new RevenueBarChart.Bar("Water Bottle", 1, Color.GRAY));

        CategoryPlot plot = chart(twins, PlotOrientation.HORIZONTAL).getCategoryPlot();

        assertThat(plot.getDataset().getColumnKeys()).containsExactly("Water Bottle", "Water Bottle (2)");
    }

    @Test
    void formatsTheRevenueAxisAsMoneyAndKeepsItAtTheBottom() {
        CategoryPlot plot = chart(BARS, PlotOrientation.HORIZONTAL).getCategoryPlot();

        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Revenue ($)");
        assertThat(plot.getRangeAxisLocation()).isEqualTo(AxisLocation.BOTTOM_OR_LEFT);
        assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0))
                .isEqualTo("$15.6M");
    }

    @Test
    void showsTheNoDataMessageWhenThereAreNoBars() {
        JFreeChart chart = chart(List.of(), PlotOrientation.VERTICAL);

        assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("No data: none");
        assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).isZero();
    }

    @Test
    void addsALegendForTheColourMeanings() {
        Map<String, Paint> meanings = new LinkedHashMap<>();
        meanings.put("Bikes", Color.GREEN);
        meanings.put("Accessories", Color.RED);

        JFreeChart chart = RevenueBarChart.withLegend(chart(BARS, PlotOrientation.VERTICAL), meanings);

        assertThat(chart.getLegend()).isNotNull();
        assertThat(chart.getCategoryPlot().getLegendItems().get(1).getLabel()).isEqualTo("Accessories");
    }

    private static JFreeChart chart(List<RevenueBarChart.Bar> bars, PlotOrientation orientation) {
        return RevenueBarChart.of("Revenue by category", "Category", bars, orientation, "No data: none");
    }
}
