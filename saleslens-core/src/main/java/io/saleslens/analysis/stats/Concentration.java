package io.saleslens.analysis.stats;

import java.util.Arrays;

/**
 * How unevenly a total is spread over items (products, customers, regions).
 *
 * <p>Inputs are non-negative totals with a positive sum; with a zero total no share is defined.
 */
public final class Concentration {

    /** The "top 20%" of the Pareto rule. */
    public static final double TOP_FRACTION = 0.20;

    /** Accepts a share within this of 1.0 to absorb rounding when shares are summed. */
    private static final double ROUNDING = 1e-12;

    private Concentration() {}

    public static ConcentrationResult of(double[] values) {
        double[] totals = checked(values);
        return new ConcentrationResult(
                gini(totals), hhi(totals), topItemCount(totals.length, TOP_FRACTION), topShare(totals, TOP_FRACTION));
    }

    /**
     * Population Gini coefficient, mean absolute difference over twice the mean: G = sum_i sum_j
     * |x_i - x_j| / (2 n^2 mean), computed from sorted values as 2 sum_i i x_(i) / (n sum x) - (n +
     * 1) / n with i from 1. Its maximum is (n-1)/n, so [0, 0, 0, 10] gives 0.75, not 1.
     */
    public static double gini(double[] values) {
        double[] sorted = checked(values);
        Arrays.sort(sorted);
        int n = sorted.length;
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * sorted[i];
            total += sorted[i];
        }
        double gini = 2 * weighted / (n * total) - (n + 1.0) / n;
        return Math.max(0, gini);
    }

    /**
     * Herfindahl-Hirschman index: sum of squared shares, with shares as fractions so the index runs
     * from 1/n to 1. Competition authorities quote it with shares in percent (0..10,000); multiply by
     * 10,000 to compare with their thresholds.
     */
    public static double hhi(double[] values) {
        double[] totals = checked(values);
        double total = Arrays.stream(totals).sum();
        double hhi = 0;
        for (double value : totals) {
            double share = value / total;
            hhi += share * share;
        }
        return Math.min(1, hhi);
    }

    /**
     * Share of the total held by the largest ceil(fraction x n) items; rounding up means even a list
     * of three items has a "top" item.
     */
    public static double topShare(double[] values, double fraction) {
        double[] sorted = checked(values);
        Arrays.sort(sorted);
        int count = topItemCount(sorted.length, fraction);
        double total = Arrays.stream(sorted).sum();
        double top = 0;
        for (int i = sorted.length - count; i < sorted.length; i++) {
            top += sorted[i];
        }
        double share = top / total;
        return share > 1 - ROUNDING ? Math.min(1, share) : share;
    }

    static int topItemCount(int itemCount, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        // The small epsilon keeps 0.55 x 100 = 55.00000000000001 from rounding up to 56.
        return Math.max(1, (int) Math.ceil(fraction * itemCount - 1e-9));
    }

    private static double[] checked(double[] values) {
        double[] totals = InputChecks.nonNegativeCopy(values, "values", 1);
        if (Arrays.stream(totals).sum() == 0) {
            throw new IllegalArgumentException("values sum to zero; concentration is undefined");
        }
        return totals;
    }
}
