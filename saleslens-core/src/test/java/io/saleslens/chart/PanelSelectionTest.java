package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.report.ConsistencyFixtures;
import io.saleslens.run.RunResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PanelSelectionTest {

    private final BusinessPerformanceDashboard business = new BusinessPerformanceDashboard();

    @Test
    void drawsEveryPanelWhenEachHasData() {
        PanelSelection selection = PanelSelection.of(business.panels(new MetricsDocument(MetricsFixture.metrics())));

        assertThat(titles(selection.drawn())).hasSize(4);
        assertThat(selection.note()).isEmpty();
    }

    @Test
    void leavesOutAPanelWithoutDataAndSaysWhyInOneLine() {
        ObjectNode metrics = MetricsFixture.metrics();
        metrics.remove("countries");

        PanelSelection selection = PanelSelection.of(business.panels(new MetricsDocument(metrics)));

        assertThat(titles(selection.drawn()))
                .containsExactly(
                        "Revenue by marital status", "Top 10 products by revenue", "Revenue by product category");
        assertThat(selection.note())
                .contains("Left out for lack of data: Revenue by country (metrics.json has no countries).");
    }

    @Test
    void namesEveryPanelLeftOutOnAnEmptyDocument() {
        PanelSelection selection = PanelSelection.of(
                new CustomerSegmentsDashboard().panels(new MetricsDocument(MetricsFixture.parse("{}"))));

        assertThat(selection.drawn()).isEmpty();
        assertThat(selection.note())
                .contains("Left out for lack of data: RFM segments: customers and revenue (no RFM segments in"
                        + " metrics.json); Pareto curve and ABC classes of products (no product ABC figures in"
                        + " metrics.json); Cohort retention (share of cohort ordering again) (no cohorts in metrics.json);"
                        + " Monthly revenue, seasonality and forecast (no monthly revenue in metrics.json).");
    }

    @Test
    void aLastPanelAloneOnItsRowTakesTheFullWidth() {
        var left = DashboardCanvas.panelArea(0, 3);
        var right = DashboardCanvas.panelArea(1, 3);
        var last = DashboardCanvas.panelArea(2, 3);

        assertThat(last.getMinX()).isEqualTo(left.getMinX());
        assertThat(last.getMaxX()).isEqualTo(right.getMaxX());
        assertThat(last.getMinY()).isGreaterThan(left.getMaxY());
        assertThat(DashboardCanvas.panelArea(0, 1).getMaxX()).isEqualTo(right.getMaxX());
    }

    /**
     * The flat export has no country column (its header is read here from the file the run read), so its business
     * dashboard leaves the country panel out; no drawn panel of any dashboard of any fixture is empty.
     */
    @Test
    void aFlatExportWithoutCountriesGetsNoCountryPanel() throws IOException {
        RunResult flat = ConsistencyFixtures.runs().get("seasonal flat export");
        String header = Files.readAllLines(inputOf(flat)).get(0);
        assertThat(header.toLowerCase()).doesNotContain("country");

        MetricsDocument document = new MetricsDocument(flat.metrics());
        PanelSelection selection = PanelSelection.of(business.panels(document));

        assertThat(titles(selection.drawn()))
                .doesNotContain("Revenue by country")
                .contains("Top 10 products by revenue");
        assertThat(selection.note()).hasValueSatisfying(note -> assertThat(note).contains("Revenue by country"));
        BufferedImage png = ImageIO.read(flat.runDir()
                .resolve("dashboards")
                .resolve(BusinessPerformanceDashboard.NAME + ".png")
                .toFile());
        assertThat(png.getWidth()).isEqualTo(DashboardCanvas.WIDTH);
    }

    @Test
    void theSampleWithCountriesKeepsItsCountryPanel() {
        RunResult sample = ConsistencyFixtures.runs().get("sample");

        PanelSelection selection = PanelSelection.of(business.panels(new MetricsDocument(sample.metrics())));

        assertThat(titles(selection.drawn())).contains("Revenue by country");
        assertThat(selection.note()).isEmpty();
    }

    private static Path inputOf(RunResult run) throws IOException {
        // The fixture keeps its data folder beside its output folder: <root>/data and <root>/out/runs/<folder>.
        Path data = run.runDir().getParent().getParent().getParent().resolve("data");
        JsonNode manifest = MetricsFixture.parse(Files.readString(run.runDir().resolve("manifest.json")));
        return data.resolve(manifest.path("inputs").get(0).path("path").asText());
    }

    private static List<String> titles(List<JFreeChart> panels) {
        return panels.stream().map(panel -> panel.getTitle().getText()).toList();
    }
}
