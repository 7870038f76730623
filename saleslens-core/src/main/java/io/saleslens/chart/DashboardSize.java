package io.saleslens.chart;

/**
 * The canvas a dashboard is laid out on, in layout units (the unit of the theme's font sizes), and how many image
 * pixels a unit becomes. The screen copy is drawn one pixel per unit; the printed copy lays the same panels out on a
 * smaller canvas, so the same fonts take a larger share of the page, and draws it at a finer scale so it stays sharp.
 *
 * @param width layout width in units
 * @param height layout height in units
 * @param scale image pixels per unit
 */
public record DashboardSize(int width, int height, double scale) {

    /** The dashboards as written to {@code dashboards/}: 1800 × 1000 pixels. */
    public static final DashboardSize SCREEN = new DashboardSize(1800, 1000, 1.0);

    /**
     * The copy printed in a PDF on an A4 landscape page: 1125 × 740 units drawn as 1800 × 1184 pixels, the shape of the
     * page's 277 × 186 mm print area. Printed 277 mm wide (785 pt), the smallest font (14 units, 22.4 pixels) prints at
     * 22.4 × 785 / 1800 = 9.8 pt; the screen copy at that width would print it at 14 × 785 / 1800 = 6.1 pt.
     */
    public static final DashboardSize PRINT = new DashboardSize(1125, 740, 1.6);

    public DashboardSize {
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException(
                    "dashboard size must be positive: " + width + " × " + height + " × " + scale);
        }
    }

    /** Width of the image in pixels. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    /** Height of the image in pixels. */
    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

    /** The size in pixels of the smallest text the dashboards draw (tick labels, legends, value labels). */
    public double smallestFontPixels() {
        return DashboardTheme.TICK_LABEL.getSize2D() * scale;
    }
}
