package io.saleslens.analysis.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Mann-Kendall test for a monotonic trend: counts how often later values exceed earlier ones, with
 * the tie-corrected variance and continuity correction of the normal approximation.
 *
 * <p>It assumes independent observations; on a strongly seasonal series run it on deseasonalised
 * values, otherwise the season inflates S.
 */
public final class MannKendall {

    /** Significance level for calling a trend. */
    public static final double ALPHA = 0.05;

    private static final int MINIMUM_LENGTH = 3;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private MannKendall() {}

    public static TrendTestResult test(double[] values) {
        double[] series = InputChecks.finiteCopy(values, "values", MINIMUM_LENGTH);
        double s = statistic(series);
        double variance = tieCorrectedVariance(series);
        double z = normalScore(s, variance);
        double pValue = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
        TrendDirection direction = TrendDirection.NONE;
        if (pValue < ALPHA) {
            direction = s > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING;
        }
        return new TrendTestResult(s, variance, z, pValue, direction, TheilSen.slope(series));
    }

    /** S = sum over all pairs i < j of sign(x_j - x_i). */
    static double statistic(double[] values) {
        long s = 0;
        for (int i = 0; i < values.length - 1; i++) {
            for (int j = i + 1; j < values.length; j++) {
                s += (long) Math.signum(values[j] - values[i]);
            }
        }
        return s;
    }

    /** Var(S) = [n(n-1)(2n+5) - sum over tie groups of t(t-1)(2t+5)] / 18. */
    static double tieCorrectedVariance(double[] values) {
        long n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        long ties = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start;
            while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
                end++;
            }
            long t = end - start + 1;
            ties += t * (t - 1) * (2 * t + 5);
            start = end + 1;
        }
        return (n * (n - 1) * (2 * n + 5) - ties) / 18.0;
    }

    /** Moves S one step towards zero before scaling, the usual correction for a discrete S. */
    static double normalScore(double s, double variance) {
        if (variance == 0 || s == 0) {
            return 0;
        }
        double corrected = s > 0 ? s - 1 : s + 1;
        return corrected / Math.sqrt(variance);
    }
}
