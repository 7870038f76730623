package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetUtils;

/**
 * The panels a dashboard draws: only those with data. An empty panel ("Revenue by country: no data") tells a reader
 * nothing and takes the room of one that does, so it is left out, the grid closes up, and one line under the
 * subtitle names what was left out and why.
 *
 * @param drawn the panels with data, in the dashboard's order
 * @param leftOut for each panel left out, its title and the reason (its no-data message)
 */
record PanelSelection(List<JFreeChart> drawn, List<String> leftOut) {

    static final String NOTE_PREFIX = "Left out for lack of data: ";
    private static final String NO_DATA_PREFIX = "No data: ";

    PanelSelection {
        drawn = List.copyOf(requireNonNull(drawn, "drawn is null"));
        leftOut = List.copyOf(requireNonNull(leftOut, "leftOut is null"));
    }

    static PanelSelection of(List<JFreeChart> panels) {
        List<JFreeChart> drawn = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (JFreeChart panel : panels) {
            if (hasData(panel)) {
                drawn.add(panel);
            } else {
                leftOut.add(describe(panel));
            }
        }
        return new PanelSelection(drawn, leftOut);
    }

    /** The line naming the panels left out, e.g. "Left out for lack of data: Revenue by country (metrics.json …)". */
    Optional<String> note() {
        return leftOut.isEmpty() ? Optional.empty() : Optional.of(NOTE_PREFIX + String.join("; ", leftOut) + ".");
    }

    /** A category or XY panel has data when one of its datasets has an item; any other kind is taken as drawn. */
    static boolean hasData(JFreeChart panel) {
        Plot plot = panel.getPlot();
        if (plot instanceof CategoryPlot category) {
            return IntStream.range(0, Math.max(1, category.getDatasetCount()))
                    .anyMatch(index -> !DatasetUtils.isEmptyOrNull(category.getDataset(index)));
        }
        if (plot instanceof XYPlot xy) {
            return IntStream.range(0, Math.max(1, xy.getDatasetCount()))
                    .anyMatch(index -> !DatasetUtils.isEmptyOrNull(xy.getDataset(index)));
        }
        return true;
    }

    private static String describe(JFreeChart panel) {
        String title = panel.getTitle() == null ? "a panel" : panel.getTitle().getText();
        String reason = Optional.ofNullable(panel.getPlot().getNoDataMessage()).orElse("");
        if (reason.startsWith(NO_DATA_PREFIX)) {
            reason = reason.substring(NO_DATA_PREFIX.length());
        } else if (!reason.isEmpty()) {
            reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        return reason.isEmpty() ? title : title + " (" + reason + ")";
    }
}
