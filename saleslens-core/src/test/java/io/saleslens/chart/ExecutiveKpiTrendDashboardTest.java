package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutiveKpiTrendDashboardTest {

    @TempDir
    Path dir;

    private final ExecutiveKpiTrendDashboard dashboard = new ExecutiveKpiTrendDashboard();

    @Test
    void drawsRevenueOrdersAverageOrderValueAndCustomers() {
        List<JFreeChart> panels = dashboard.panels(new MetricsDocument(MetricsFixture.metrics()));

        assertThat(panels)
                .extracting(chart -> chart.getTitle().getText())
                .containsExactly("Monthly revenue", "Monthly orders", "Average order value", "Active customers");
        assertThat(panels)
                .extracting(chart -> chart.getXYPlot().getRangeAxis().getLabel())
                .containsExactly(
                        "Revenue ($)", "Orders (count)", "Revenue per order ($)", "Customers who ordered (count)");
    }

    @Test
    void plotsEveryMonthOfTheFixture() {
        JFreeChart revenue =
                dashboard.panels(new MetricsDocument(MetricsFixture.metrics())).get(0);

        assertThat(revenue.getXYPlot().getDataset().getItemCount(0))
                .as("complete months")
                .isEqualTo(12);
        assertThat(revenue.getXYPlot().getDataset().getItemCount(1))
                .as("partial months")
                .isEqualTo(2);
    }

    @Test
    void namesThePeriodAndThePartialMonthsInTheSubtitle() {
        assertThat(dashboard.subtitle(new MetricsDocument(MetricsFixture.metrics())))
                .isEqualTo("Orders from 2012-12-17 to 2014-01-28  ·  "
                        + "orange marks partial months, not fully covered by the data: 2012-12, 2014-01");
    }

    @Test
    void shadesTheEstablishedSeasonalPeakMonthsOnTheRevenuePanelOnly() {
        ObjectNode metrics = MetricsFixture.metrics();
        ObjectNode seasonality = metrics.putObject("seasonality");
        seasonality.put("detected", true);
        seasonality.putArray("peak_months").add(12).add(1);
        long peakMonthsInData = 0;
        for (JsonNode row : metrics.path("monthly")) {
            String month = row.path("month").asText();
            peakMonthsInData += month.endsWith("-12") || month.endsWith("-01") ? 1 : 0;
        }

        List<JFreeChart> panels = dashboard.panels(new MetricsDocument(metrics));

        assertThat(peakMonthsInData).isEqualTo(4);
        assertThat(panels.get(0).getXYPlot().getDomainMarkers(Layer.BACKGROUND)).hasSize((int) peakMonthsInData);
        assertThat(panels.subList(1, panels.size()))
                .allSatisfy(panel -> assertThat(panel.getXYPlot().getDomainMarkers(Layer.BACKGROUND))
                        .isNull());
        assertThat(dashboard.subtitle(new MetricsDocument(metrics)))
                .endsWith("shaded: the seasonal peak months of revenue, December, January");
    }

    @Test
    void shadesNoMonthWhenSeasonalityIsNotEstablished() {
        ObjectNode metrics = MetricsFixture.metrics();
        ObjectNode seasonality = metrics.putObject("seasonality");
        seasonality.put("detected", false);
        seasonality.putArray("peak_months").add(12);

        List<JFreeChart> panels = dashboard.panels(new MetricsDocument(metrics));

        assertThat(panels)
                .allSatisfy(panel -> assertThat(panel.getXYPlot().getDomainMarkers(Layer.BACKGROUND))
                        .isNull());
        assertThat(dashboard.subtitle(new MetricsDocument(metrics))).doesNotContain("shaded");
    }

    @Test
    void saysSoWhenThereAreNoMonthlyFigures() {
        assertThat(dashboard.subtitle(new MetricsDocument(MetricsFixture.parse("{}"))))
                .isEqualTo("No monthly figures in metrics.json");
    }

    @Test
    void writesItsPngUnderItsName() throws IOException {
        Path png = dashboard.render(MetricsFixture.metrics(), dir);

        assertThat(png).isEqualTo(dir.resolve("executive_kpis_trend.png"));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(DashboardCanvas.WIDTH);
        assertThat(dashboard.name()).isEqualTo("executive_kpis_trend");
    }
}
