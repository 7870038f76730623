package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerSegmentsDashboardTest {
    @TempDir
    Path dir;

    @Test
    void drawsFourPanelsAtFullSize() throws IOException {
        Path png = new CustomerSegmentsDashboard().render(analysisMetrics(), dir);

        assertThat(png).isEqualTo(dir.resolve("customer_segments.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(900);
        for (int panel = 0; panel < 4; panel++) {
            assertThat(DashboardRendererTest.hasInk(image, panel))
                    .as("panel %d drawn", panel)
                    .isTrue();
        }
    }

    @Test
    void rendersNoDataPanelsForAnEmptyDocument() throws IOException {
        Path png = new CustomerSegmentsDashboard().render(MetricsFixture.parse("{}"), dir);

        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(DashboardCanvas.WIDTH);
    }

    @Test
    void saysWhyThereIsNoForecastAndNoSeasonality() {
        ObjectNode metrics = analysisMetrics();
        metrics.putObject("forecast").put("available", false).put("reason", "series too short");
        metrics.putObject("seasonality").put("detected", false).put("reason", "strength 0.42 below 0.64");

        assertThat(RevenueForecastChart.notes(new MetricsDocument(metrics)))
                .containsExactly(
                        "No seasonality established: strength 0.42 below 0.64", "No forecast: series too short");
    }

    @Test
    void subtitleQuotesTheRfmAndConcentrationFigures() {
        assertThat(new CustomerSegmentsDashboard().subtitle(new MetricsDocument(analysisMetrics())))
                .isEqualTo(
                        "3 customers scored by RFM  ·  recency to 2013-12-31  ·  top 20% of customers bring 66.4% of revenue");
    }

    @Test
    void aSpecWithCampaignsAddsThePanelOfTheFirstMeasuredCampaignWeekByWeek() {
        ObjectNode metrics = analysisMetrics();
        ObjectNode campaigns = metrics.putObject("campaigns").put("configured", 2);
        ArrayNode list = campaigns.putArray("list");
        list.addObject().put("name", "next-year").put("status", "window_not_covered");
        ObjectNode measured = list.addObject()
                .put("name", "win-back-q1")
                .put("status", "measured")
                .put("design", "holdout");
        measured.putObject("measures")
                .putObject("revenue_per_customer")
                .put("relative_lift", 0.128)
                .put("relative_lift_lower", -0.241)
                .put("relative_lift_upper", 0.682)
                .put("significant", false);
        ArrayNode weekly = measured.putArray("weekly");
        double[] treated = {1.5, 4.25, 9.0};
        double[] holdout = {1.0, 3.5, 6.75};
        for (int w = 0; w < treated.length; w++) {
            weekly.addObject()
                    .put("week", w + 1)
                    .put("treated_revenue_per_customer", treated[w])
                    .put("comparison_revenue_per_customer", holdout[w]);
        }

        List<JFreeChart> panels = new CustomerSegmentsDashboard().panels(new MetricsDocument(metrics));

        assertThat(panels).hasSize(5);
        JFreeChart campaign = panels.get(4);
        assertThat(campaign.getTitle().getText()).isEqualTo("Campaign win-back-q1: treated against holdout");
        XYDataset series = campaign.getXYPlot().getDataset();
        assertThat(series.getSeriesCount()).isEqualTo(2);
        for (int w = 0; w < treated.length; w++) {
            assertThat(series.getXValue(0, w)).isEqualTo(w + 1);
            assertThat(series.getYValue(0, w)).isEqualTo(treated[w]);
            assertThat(series.getYValue(1, w)).isEqualTo(holdout[w]);
        }
        assertThat(series.getSeriesKey(1)).isEqualTo("Holdout");
        assertThat(((TextTitle) campaign.getSubtitle(campaign.getSubtitleCount() - 1)).getText())
                .isEqualTo("Revenue per customer +12.8 % [-24.1 %, +68.2 %] (95 % interval), not significant at 5 %");
    }

    @Test
    void aCampaignPanelWithoutAMeasuredCampaignIsLeftOutAndNoSpecCampaignsMeansNoPanel() {
        ObjectNode metrics = analysisMetrics();
        assertThat(new CustomerSegmentsDashboard().panels(new MetricsDocument(metrics)))
                .hasSize(4);

        metrics.putObject("campaigns")
                .put("configured", 1)
                .putArray("list")
                .addObject()
                .put("status", "groups_too_small");
        PanelSelection selection =
                PanelSelection.of(new CustomerSegmentsDashboard().panels(new MetricsDocument(metrics)));

        assertThat(selection.drawn()).hasSize(4);
        assertThat(selection.note().orElseThrow()).contains("no campaign in metrics.json was measured");
    }

    private static ObjectNode analysisMetrics() {
        ObjectNode metrics = MetricsFixture.parse("{}").deepCopy();
        ObjectNode rfm = metrics.putObject("rfm").put("customers", 3).put("reference_date", "2013-12-31");
        rfm.putArray("segments")
                .addObject()
                .put("segment", "Champions")
                .put("customer_share", 0.4)
                .put("revenue_share", 0.7);
        ((ArrayNode) rfm.get("segments"))
                .addObject()
                .put("segment", "Lost")
                .put("customer_share", 0.6)
                .put("revenue_share", 0.3);
        metrics.putObject("concentration").putObject("customers").put("top_share", 0.664);
        ObjectNode abc = metrics.putObject("products")
                .putObject("abc")
                .put("a_share", 0.8)
                .put("b_share", 0.15);
        abc.putArray("classes").addObject().put("class", "A").put("products", 2).put("revenue_share", 0.8);
        ArrayNode curve = abc.putArray("pareto_curve");
        for (int p = 0; p <= 10; p++) {
            curve.addObject().put("product_share", p / 10.0).put("revenue_share", Math.sqrt(p / 10.0));
        }
        ArrayNode cohorts = metrics.putObject("cohorts").putArray("rows");
        for (int c = 0; c < 6; c++) {
            ArrayNode retention =
                    cohorts.addObject().put("cohort", "2013-0" + (c + 1)).putArray("retention");
            for (int k = 0; k < 6 - c; k++) {
                retention.add(k == 0 ? 1.0 : 0.3 / k);
            }
        }
        ArrayNode monthly = metrics.putArray("monthly");
        for (int m = 1; m <= 12; m++) {
            monthly.addObject()
                    .put("month", String.format("2013-%02d", m))
                    .put("revenue", 1000 + 100 * m)
                    .put("partial", false);
        }
        ObjectNode forecast = metrics.putObject("forecast")
                .put("available", true)
                .put("reason", "additive model")
                .put("backtest_mape_percent", 4.2);
        ArrayNode months = forecast.putArray("months");
        for (int h = 1; h <= 6; h++) {
            months.addObject()
                    .put("month", String.format("2014-%02d", h))
                    .put("point", 2300)
                    .put("lower80", 2100)
                    .put("upper80", 2500)
                    .put("lower95", 2000)
                    .put("upper95", 2600);
        }
        return metrics;
    }
}
