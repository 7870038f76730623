package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardRendererTest {

    @TempDir
    Path runDir;

    @Test
    void writesEveryDashboardAtFullSize() throws IOException {
        Path dashboards = runDir.resolve("dashboards");

        DrawnDashboards drawn = new DashboardRenderer().render(MetricsFixture.metrics(), dashboards);

        assertThat(drawn.names())
                .containsExactly("executive_kpis_trend", "business_performance_dashboard", "customer_segments");
        for (String name : drawn.names()) {
            Path png = dashboards.resolve(name + ".png");
            assertThat(Files.readAllBytes(png))
                    .as("the file holds the image handed on")
                    .isEqualTo(drawn.images().get(name));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1800).isGreaterThanOrEqualTo(1600);
            assertThat(image.getHeight()).isEqualTo(1000).isGreaterThanOrEqualTo(900);
            assertThat(distinctColours(image)).as("distinct colours in %s", png).isGreaterThan(50);
            for (int panel = 0; panel < 4; panel++) {
                assertThat(hasInk(image, panel))
                        .as("panel %d of %s drawn", panel, png)
                        .isTrue();
            }
        }
    }

    @Test
    void rendersWhenCountriesAreMissing() throws IOException {
        ObjectNode metrics = MetricsFixture.metrics();
        metrics.remove("countries");

        DrawnDashboards drawn = new DashboardRenderer().render(metrics, runDir);

        assertThat(drawn.names())
                .allSatisfy(name ->
                        assertThat(Files.size(runDir.resolve(name + ".png"))).isPositive());
        BufferedImage business = ImageIO.read(
                runDir.resolve("business_performance_dashboard.png").toFile());
        assertThat(hasInk(business, 3))
                .as("country panel shows its no-data message")
                .isTrue();
    }

    @Test
    void rendersAnEmptyDocumentAsNoDataPanels() throws IOException {
        JsonNode empty = MetricsFixture.parse("{}");

        DrawnDashboards drawn = new DashboardRenderer().render(empty, runDir);

        assertThat(drawn.names())
                .hasSize(3)
                .allSatisfy(name -> assertThat(runDir.resolve(name + ".png")).exists());
    }

    @Test
    void runsTheDashboardsItIsGiven() throws IOException {
        Dashboard fake = new Dashboard() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public byte[] png(JsonNode metrics, DashboardSize size) {
                return metrics.path("marker").asText().getBytes(StandardCharsets.UTF_8);
            }
        };

        DrawnDashboards drawn =
                new DashboardRenderer(List.of(fake)).render(MetricsFixture.parse("{\"marker\":\"seen\"}"), runDir);

        assertThat(drawn.names()).containsExactly("fake");
        assertThat(Files.readString(runDir.resolve("fake.png"))).isEqualTo("seen");
    }

    @Test
    void rejectsMissingMetrics() {
        assertThatThrownBy(() -> new DashboardRenderer().render(null, runDir))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("metrics is null");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Whether the inner part of a panel (inside its border) has any non-white pixel. */
    static boolean hasInk(BufferedImage image, int panel) {
        var area = DashboardCanvas.panelArea(panel, 4);
        for (int y = (int) area.getMinY() + 20; y < area.getMaxY() - 20; y++) {
            for (int x = (int) area.getMinX() + 20; x < area.getMaxX() - 20; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
