package io.saleslens.alert;

import java.util.List;

/** The earlier values of a figure, for anomaly rules: the run history's seam. */
@FunctionalInterface
public interface MetricHistory {
    /** A history with no runs in it: every anomaly rule says it has too few runs. */
    MetricHistory NONE = (dataset, key, runs) -> List.of();

    /**
     * The values of a catalogue figure of the whole run in the last {@code runs} successful runs of the dataset before
     * this one, oldest first; runs that did not write the figure are left out.
     */
    List<Double> lastValues(String dataset, String key, int runs);
}
