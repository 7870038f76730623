package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * One dashboard image: a title bar above a two-column grid of chart panels, laid out on a {@link DashboardSize}.
 * Only panels with data are drawn ({@link PanelSelection}); the grid closes up over the others, a last panel alone on
 * its row takes the row's full width, and a line under the subtitle names what was left out. Charts are drawn straight into a {@link BufferedImage}, which needs no display, so this works on headless servers.
 */
final class DashboardCanvas {

    static final int WIDTH = DashboardSize.SCREEN.width();
    static final int HEIGHT = DashboardSize.SCREEN.height();
    static final int HEADER_HEIGHT = 90;
    /** The header's extra height when it carries the line naming the panels left out. */
    static final int NOTE_HEIGHT = 28;

    static final int COLUMNS = 2;
    private static final int MARGIN = 16;

    private final String title;
    private final String subtitle;
    private final DashboardSize size;

    DashboardCanvas(String title, String subtitle) {
        this(title, subtitle, DashboardSize.SCREEN);
    }

    DashboardCanvas(String title, String subtitle, DashboardSize size) {
        this.title = requireNonNull(title, "title is null");
        this.subtitle = requireNonNull(subtitle, "subtitle is null");
        this.size = requireNonNull(size, "size is null");
    }

    byte[] png(List<JFreeChart> panels) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        // The default deflate level costs about a second per dashboard; a light level keeps files small enough.
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.75f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Cached in memory, not in a temporary file: ImageIO's file cache registers a shutdown hook, which fails while
        // the process is stopping, and watch finishes a run under way when it is told to stop.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(draw(panels), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    BufferedImage draw(List<JFreeChart> allPanels) {
        PanelSelection selection = PanelSelection.of(allPanels);
        List<JFreeChart> panels = selection.drawn();
        int header = HEADER_HEIGHT + (selection.note().isPresent() ? NOTE_HEIGHT : 0);
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(size.scale(), size.scale());
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, size.width(), size.height());
            drawHeader(graphics, selection.note());
            for (int index = 0; index < panels.size(); index++) {
                Rectangle2D area = panelArea(index, panels.size(), size, header);
                panels.get(index).draw(graphics, area);
                graphics.setColor(DashboardTheme.PANEL_BORDER);
                graphics.draw(area);
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Region of the n-th panel on the screen canvas; panels fill the grid row by row. */
    static Rectangle2D panelArea(int index, int panelCount) {
        return panelArea(index, panelCount, DashboardSize.SCREEN, HEADER_HEIGHT);
    }

    /**
     * Region of the n-th of {@code panelCount} panels below a header {@code header} units high. The last panel of an
     * odd count is alone on its row and spans both columns, so no empty cell is left where a panel was left out.
     */
    static Rectangle2D panelArea(int index, int panelCount, DashboardSize size, int header) {
        int rows = Math.max(1, (panelCount + COLUMNS - 1) / COLUMNS);
        double width = (size.width() - MARGIN * (COLUMNS + 1)) / (double) COLUMNS;
        double height = (size.height() - header - MARGIN * rows) / (double) rows;
        double x = MARGIN + (index % COLUMNS) * (width + MARGIN);
        double y = header + (index / COLUMNS) * (height + MARGIN);
        boolean aloneOnItsRow = index == panelCount - 1 && index % COLUMNS == 0;
        return new Rectangle2D.Double(x, y, aloneOnItsRow ? size.width() - 2 * MARGIN : width, height);
    }

    private void drawHeader(Graphics2D graphics, Optional<String> note) {
        graphics.setColor(DashboardTheme.TEXT);
        graphics.setFont(DashboardTheme.DASHBOARD_TITLE);
        graphics.drawString(title, MARGIN + 4, 42);
        graphics.setColor(DashboardTheme.MUTED_TEXT);
        graphics.setFont(subtitleFont(graphics));
        graphics.drawString(subtitle, MARGIN + 4, 72);
        note.ifPresent(line -> {
            graphics.setFont(fittingFont(graphics, line));
            graphics.drawString(line, MARGIN + 4, 72 + NOTE_HEIGHT);
        });
    }

    /**
     * The subtitle's font, smaller down to the tick labels' size when the key figures would run past the canvas's
     * edge (the printed copy's canvas is narrower).
     */
    private Font subtitleFont(Graphics2D graphics) {
        return fittingFont(graphics, subtitle);
    }

    private Font fittingFont(Graphics2D graphics, String line) {
        double room = size.width() - 2 * (MARGIN + 4);
        Font font = DashboardTheme.DASHBOARD_SUBTITLE;
        while (font.getSize2D() > DashboardTheme.TICK_LABEL.getSize2D()
                && graphics.getFontMetrics(font).stringWidth(line) > room) {
            font = font.deriveFont(font.getSize2D() - 0.5f);
        }
        return font;
    }
}
