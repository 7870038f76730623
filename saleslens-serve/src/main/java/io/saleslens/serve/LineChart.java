package io.saleslens.serve;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A small line chart drawn on the server as inline SVG: one point per run, the lowest and highest value written on
 * the axis, each point titled with its run and value. No script, nothing loaded from elsewhere.
 */
final class LineChart {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 240;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    /** One point: the run it is of (its label on hover) and the value. */
    record Point(String label, double value) {}

    private LineChart() {}

    static String svg(String title, List<Point> points, DoubleFunction<String> format) {
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-label=\"")
                .append(Html.text(title))
                .append("\"><title>")
                .append(Html.text(title))
                .append("</title>");
        if (points.isEmpty()) {
            return svg.append("<text x=\"20\" y=\"40\">No run has this figure yet.</text></svg>")
                    .toString();
        }
        double min = points.stream().mapToDouble(Point::value).min().orElse(0);
        double max = points.stream().mapToDouble(Point::value).max().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight))
                .append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight))
                .append(label(LEFT - 6, TOP + 4, "end", format.apply(max)))
                .append(label(LEFT - 6, TOP + plotHeight, "end", format.apply(min)))
                .append(label(LEFT, HEIGHT - 12, "start", points.get(0).label()))
                .append(label(
                        LEFT + plotWidth,
                        HEIGHT - 12,
                        "end",
                        points.get(points.size() - 1).label()));
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = LEFT + (points.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (points.size() - 1));
            double y = TOP + plotHeight - plotHeight * (point.value() - min) / span;
            path.append(i == 0 ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
            dots.append("<circle cx=\"")
                    .append(coordinate(x))
                    .append("\" cy=\"")
                    .append(coordinate(y))
                    .append("\" r=\"4\" fill=\"#1f3a5f\"><title>")
                    .append(Html.text(point.label() + ": " + format.apply(point.value())))
                    .append("</title></circle>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f3a5f\" stroke-width=\"2\" points=\"")
                .append(path)
                .append("\"/>")
                .append(dots);
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"#9aa5b1\"/>";
    }

    private static String label(double x, double y, String anchor, String text) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#52606d\">" + Html.text(text) + "</text>";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
