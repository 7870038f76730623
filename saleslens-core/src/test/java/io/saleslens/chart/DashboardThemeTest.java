package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class DashboardThemeTest {

    @Test
    void givesAWhiteBackgroundAndLegibleTitle() {
        JFreeChart chart = DashboardTheme.apply(barChart(dataset(1.0)), "No data");

        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(chart.getTitle().getFont().getSize()).isGreaterThanOrEqualTo(14);
        assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("No data");
    }

    @Test
    void hidesAxesOfAnEmptyChart() {
        CategoryPlot plot = DashboardTheme.apply(barChart(new DefaultCategoryDataset()), "No data")
                .getCategoryPlot();

        assertThat(plot.getDomainAxis().isVisible()).isFalse();
        assertThat(plot.getRangeAxis().isVisible()).isFalse();
    }

    @Test
    void keepsAxesOfAChartWithData() {
        CategoryPlot plot =
                DashboardTheme.apply(barChart(dataset(1.0)), "No data").getCategoryPlot();

        assertThat(plot.getRangeAxis().isVisible()).isTrue();
    }

    @Test
    void cyclesThePaletteAndKeepsItApartFromTheSeriesColours() {
        assertThat(DashboardTheme.paletteColour(0)).isEqualTo(DashboardTheme.paletteColour(8));
        for (int index = 0; index < 8; index++) {
            assertThat(DashboardTheme.paletteColour(index)).isNotIn(DashboardTheme.PRIMARY, DashboardTheme.PARTIAL);
        }
    }

    private static JFreeChart barChart(DefaultCategoryDataset dataset) {
        return ChartFactory.createBarChart("Title", "x", "y", dataset, PlotOrientation.VERTICAL, false, false, false);
    }

    private static DefaultCategoryDataset dataset(double value) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(value, "series", "column");
        return dataset;
    }
}
