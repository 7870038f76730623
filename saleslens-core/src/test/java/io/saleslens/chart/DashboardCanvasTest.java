package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

class DashboardCanvasTest {

    @Test
    void laysFourPanelsInATwoByTwoGridBelowTheHeader() {
        Rectangle2D topLeft = DashboardCanvas.panelArea(0, 4);
        Rectangle2D topRight = DashboardCanvas.panelArea(1, 4);
        Rectangle2D bottomRight = DashboardCanvas.panelArea(3, 4);

        assertThat(topLeft.getMinY()).isEqualTo(DashboardCanvas.HEADER_HEIGHT);
        assertThat(topRight.getMinX()).isGreaterThan(topLeft.getMaxX());
        assertThat(topRight.getMinY()).isEqualTo(topLeft.getMinY());
        assertThat(bottomRight.getMinY()).isGreaterThan(topRight.getMaxY());
        assertThat(bottomRight.getMaxX()).isLessThan(DashboardCanvas.WIDTH);
        assertThat(bottomRight.getMaxY()).isLessThanOrEqualTo(DashboardCanvas.HEIGHT);
    }

    @Test
    void drawsAPngOfTheCanvasSize() throws IOException {
        DashboardCanvas canvas = new DashboardCanvas("Title", "Subtitle");

        byte[] png = canvas.png(List.of(panel()));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(DashboardCanvas.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DashboardCanvas.HEIGHT);
        assertThat(image.getRGB(DashboardCanvas.WIDTH - 2, 2) & 0xFFFFFF)
                .as("white background")
                .isEqualTo(0xFFFFFF);
    }

    @Test
    void drawsTheHeaderText() {
        BufferedImage image = new DashboardCanvas("Title", "Subtitle").draw(List.of());

        assertThat(hasInk(image, new Rectangle2D.Double(0, 0, 300, DashboardCanvas.HEADER_HEIGHT)))
                .isTrue();
    }

    private static JFreeChart panel() {
        return RevenueBarChart.of(
                "Panel",
                "Label",
                List.of(new RevenueBarChart.Bar("a", 1, DashboardTheme.PRIMARY)),
                PlotOrientation.VERTICAL,
                "No data");
    }

    private static boolean hasInk(BufferedImage image, Rectangle2D area) {
        for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
            for (int x = (int) area.getMinX(); x < area.getMaxX(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
