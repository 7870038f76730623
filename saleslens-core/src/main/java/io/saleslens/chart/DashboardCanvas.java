package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * One dashboard image: a title bar above a two-column grid of chart panels. Charts are drawn straight
 * into a {@link BufferedImage}, which needs no display, so this works on headless servers.
 */
final class DashboardCanvas {

    static final int WIDTH = 1800;
    static final int HEIGHT = 1000;
    static final int HEADER_HEIGHT = 90;
    static final int COLUMNS = 2;
    private static final int MARGIN = 16;

    private final String title;
    private final String subtitle;

    DashboardCanvas(String title, String subtitle) {
        this.title = requireNonNull(title, "title is null");
        this.subtitle = requireNonNull(subtitle, "subtitle is null");
    }

    byte[] png(List<JFreeChart> panels) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        // The default deflate level costs about a second per dashboard; a light level keeps files small enough.
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.75f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(draw(panels), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    BufferedImage draw(List<JFreeChart> panels) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            drawHeader(graphics);
            for (int index = 0; index < panels.size(); index++) {
                Rectangle2D area = panelArea(index, panels.size());
                panels.get(index).draw(graphics, area);
                graphics.setColor(DashboardTheme.PANEL_BORDER);
                graphics.draw(area);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Region of the n-th panel; panels fill the grid row by row. */
    static Rectangle2D panelArea(int index, int panelCount) {
        int rows = Math.max(1, (panelCount + COLUMNS - 1) / COLUMNS);
        double width = (WIDTH - MARGIN * (COLUMNS + 1)) / (double) COLUMNS;
        double height = (HEIGHT - HEADER_HEIGHT - MARGIN * rows) / (double) rows;
        double x = MARGIN + (index % COLUMNS) * (width + MARGIN);
        double y = HEADER_HEIGHT + (index / COLUMNS) * (height + MARGIN);
        return new Rectangle2D.Double(x, y, width, height);
    }

    private void drawHeader(Graphics2D graphics) {
        graphics.setColor(DashboardTheme.TEXT);
        graphics.setFont(DashboardTheme.DASHBOARD_TITLE);
        graphics.drawString(title, MARGIN + 4, 42);
        graphics.setColor(DashboardTheme.MUTED_TEXT);
        graphics.setFont(DashboardTheme.DASHBOARD_SUBTITLE);
        graphics.drawString(subtitle, MARGIN + 4, 72);
    }
}
