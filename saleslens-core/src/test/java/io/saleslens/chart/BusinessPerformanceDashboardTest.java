package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessPerformanceDashboardTest {

    @TempDir
    Path dir;

    private final BusinessPerformanceDashboard dashboard = new BusinessPerformanceDashboard();
    private final MetricsDocument fixture = new MetricsDocument(MetricsFixture.metrics());

    @Test
    void drawsSegmentsProductsCategoriesAndCountries() {
        assertThat(dashboard.panels(fixture))
                .extracting(chart -> chart.getTitle().getText())
                .containsExactly(
                        "Revenue by marital status",
                        "Top 10 products by revenue",
                        "Revenue by product category",
                        "Revenue by country");
    }

    @Test
    void labelsSegmentsAsGiven() {
        CategoryPlot segments = dashboard.panels(fixture).get(0).getCategoryPlot();

        assertThat(segments.getDataset().getColumnKeys()).containsExactly("Married", "Single", "Unknown");
        assertThat(segments.getDomainAxis().getLabel()).isEqualTo("Marital status");
    }

    @Test
    void showsTheFirstTenProductsAsHorizontalBars() {
        CategoryPlot products = dashboard.panels(fixture).get(1).getCategoryPlot();

        assertThat(products.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(products.getDataset().getColumnCount()).isEqualTo(BusinessPerformanceDashboard.TOP_PRODUCTS);
        assertThat(products.getDataset().getColumnKey(0)).isEqualTo("Mountain-200 Black- 42");
        assertThat(products.getDataset().getValue(0, 0)).isEqualTo(1_320_000.0);
    }

    @Test
    void coloursEachCategoryTheSameOnBothPanels() {
        List<JFreeChart> panels = dashboard.panels(fixture);
        CategoryPlot products = panels.get(1).getCategoryPlot();
        CategoryPlot categories = panels.get(2).getCategoryPlot();
        Map<String, Paint> colours = BusinessPerformanceDashboard.categoryColours(fixture);

        int helmet = products.getDataset().getColumnIndex("Sport-100 Helmet- Red");
        int accessories = categories.getDataset().getColumnIndex("Accessories");
        assertThat(products.getRenderer().getItemPaint(0, helmet)).isEqualTo(colours.get("Accessories"));
        assertThat(categories.getRenderer().getItemPaint(0, accessories)).isEqualTo(colours.get("Accessories"));
        assertThat(products.getLegendItems().getItemCount())
                .as("categories among the top ten")
                .isEqualTo(4);
    }

    @Test
    void showsNoDataForMissingCountries() {
        ObjectNode metrics = MetricsFixture.metrics();
        metrics.remove("countries");

        JFreeChart countries = dashboard.panels(new MetricsDocument(metrics)).get(3);

        assertThat(countries.getCategoryPlot().getDataset().getColumnCount()).isZero();
        assertThat(countries.getPlot().getNoDataMessage()).isEqualTo("No data: metrics.json has no countries");
    }

    @Test
    void leavesOutRowsWithoutRevenue() {
        MetricsDocument document = new MetricsDocument(MetricsFixture.parse("""
                {"countries": [{"country": "France", "revenue": 10}, {"country": "Spain"}, {"revenue": 3}]}
                """));

        CategoryPlot countries = dashboard.panels(document).get(3).getCategoryPlot();

        assertThat(countries.getDataset().getColumnKeys()).containsExactly("France");
    }

    @Test
    void summarisesTotalsInTheSubtitle() {
        assertThat(dashboard.subtitle(fixture))
                .isEqualTo("Revenue $19.23M  ·  9,970 orders  ·  9,420 customers  ·  "
                        + "130 of 295 catalog products sold  ·  orders from 2012-12-17 to 2014-01-28");
        assertThat(dashboard.subtitle(new MetricsDocument(MetricsFixture.parse("{}"))))
                .isEqualTo("No totals in metrics.json");
    }

    @Test
    void writesItsPngUnderItsName() throws IOException {
        Path png = dashboard.render(MetricsFixture.metrics(), dir);

        assertThat(png).isEqualTo(dir.resolve("business_performance_dashboard.png"));
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(DashboardCanvas.HEIGHT);
        assertThat(dashboard.name()).isEqualTo("business_performance_dashboard");
    }
}
