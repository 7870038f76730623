package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Outcome of {@link Anomalies#find(double[])}.
 *
 * @param median median of the residuals
 * @param mad median absolute deviation from that median, unscaled
 * @param robustZThreshold |robust z| above which a point is flagged
 * @param anomalies flagged points in index order; empty when {@code mad} is zero
 */
public record AnomalyResult(double median, double mad, double robustZThreshold, List<Anomaly> anomalies) {

    public AnomalyResult {
        anomalies = List.copyOf(requireNonNull(anomalies, "anomalies is null"));
        if (mad < 0) {
            throw new IllegalArgumentException("mad must be non-negative, got " + mad);
        }
    }

    public List<Integer> indices() {
        return anomalies.stream().map(Anomaly::index).toList();
    }
}
