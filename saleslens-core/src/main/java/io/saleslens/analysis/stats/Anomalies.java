package io.saleslens.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Flags points of a residual series (typically the STL remainder from {@link
 * StlDecomposition#monthly(double[])}) that sit far from the rest, measured by median and MAD.
 *
 * <p>Median and MAD rather than mean and standard deviation because the outliers being looked for
 * would inflate the standard deviation and hide themselves.
 */
public final class Anomalies {

    /** Flag beyond three robust standard deviations, the usual Hampel-filter cut-off. */
    public static final double DEFAULT_THRESHOLD = 3.0;

    /** Scales the MAD to the standard deviation of normally distributed data (1 / Phi^-1(0.75)). */
    static final double MAD_TO_STANDARD_DEVIATION = 1.4826;

    private Anomalies() {}

    public static AnomalyResult find(double[] residuals) {
        return find(residuals, DEFAULT_THRESHOLD);
    }

    /**
     * Flags indices where |r - median| &gt; threshold * 1.4826 * MAD.
     *
     * <p>When more than half the residuals are identical the MAD is zero and there is no robust
     * spread to measure against; nothing is flagged rather than calling every other point infinite.
     */
    public static AnomalyResult find(double[] residuals, double threshold) {
        double[] values = InputChecks.finiteCopy(residuals, "residuals", 1);
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be positive and finite, got " + threshold);
        }
        double median = new Median().evaluate(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        double mad = new Median().evaluate(deviations);
        List<Anomaly> anomalies = new ArrayList<>();
        if (mad > 0) {
            double scale = MAD_TO_STANDARD_DEVIATION * mad;
            for (int i = 0; i < values.length; i++) {
                if (deviations[i] > threshold * scale) {
                    anomalies.add(new Anomaly(i, values[i], (values[i] - median) / scale));
                }
            }
        }
        return new AnomalyResult(median, mad, threshold, anomalies);
    }
}
