package io.saleslens.analysis.stats;

import java.util.Arrays;

/**
 * Level-shift detection by Pettitt's test (Pettitt 1979), a rank-based test for a single change in
 * the level of a series. Being non-parametric it needs no assumption about the distribution of
 * sales and is not thrown by one extreme month.
 */
public final class ChangePoint {

    /** Significance level for calling a shift. */
    public static final double ALPHA = 0.05;

    private static final int MINIMUM_LENGTH = 3;

    private ChangePoint() {}

    /**
     * Finds the most likely single level shift.
     *
     * <p>U_t = sum over i &le; t &lt; j of sign(x_i - x_j) for t = 1..n-1; K = max |U_t| marks the
     * split, and p is approximated by 2 exp(-6K^2 / (n^3 + n^2)), capped at 1. The approximation is
     * good for p below about 0.5, which is the range that matters for deciding significance.
     */
    public static ChangePointResult pettitt(double[] values) {
        double[] series = InputChecks.finiteCopy(values, "values", MINIMUM_LENGTH);
        int n = series.length;
        long u = 0;
        long largest = -1;
        int split = 1;
        for (int t = 0; t < n - 1; t++) {
            // Moving x_t from the "after" side to the "before" side adds its signs against every value.
            for (double other : series) {
                u += (long) Math.signum(series[t] - other);
            }
            if (Math.abs(u) > largest) {
                largest = Math.abs(u);
                split = t + 1;
            }
        }
        double k = largest;
        double cube = (double) n * n * n;
        double pValue = Math.min(1, 2 * Math.exp(-6 * k * k / (cube + (double) n * n)));
        return new ChangePointResult(
                split,
                k,
                pValue,
                mean(Arrays.copyOfRange(series, 0, split)),
                mean(Arrays.copyOfRange(series, split, n)),
                pValue < ALPHA);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
