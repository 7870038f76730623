package io.saleslens.analysis.stats;

/**
 * One flagged point of a residual series.
 *
 * @param index position in the series
 * @param value the residual
 * @param robustZ (value - median) / (1.4826 * MAD)
 */
public record Anomaly(int index, double value, double robustZ) {

    public Anomaly {
        if (index < 0) {
            throw new IllegalArgumentException("index must be non-negative, got " + index);
        }
    }
}
