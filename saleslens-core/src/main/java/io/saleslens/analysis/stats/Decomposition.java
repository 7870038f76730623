package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A series split into trend, seasonal and remainder parts, so that {@code value = trend +
 * seasonal + remainder} at every index.
 */
public record Decomposition(List<Double> trend, List<Double> seasonal, List<Double> remainder) {

    public Decomposition {
        trend = List.copyOf(requireNonNull(trend, "trend is null"));
        seasonal = List.copyOf(requireNonNull(seasonal, "seasonal is null"));
        remainder = List.copyOf(requireNonNull(remainder, "remainder is null"));
        if (seasonal.size() != trend.size() || remainder.size() != trend.size()) {
            throw new IllegalArgumentException("components differ in length: trend "
                    + trend.size()
                    + ", seasonal "
                    + seasonal.size()
                    + ", remainder "
                    + remainder.size());
        }
    }

    public int length() {
        return trend.size();
    }

    /** The remainder as an array, ready for {@link Anomalies#find(double[])}. */
    public double[] remainderValues() {
        return remainder.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
