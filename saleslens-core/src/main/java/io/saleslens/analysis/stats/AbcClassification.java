package io.saleslens.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * ABC (Pareto) classification of items by their share of the total.
 *
 * <p>Items are ranked by value, largest first (ties keep input order). An item's class depends on
 * the cumulative share of the items ranked above it: below the A threshold it is A, below A + B it
 * is B, otherwise C. Deciding on the share before the item means the item that crosses 80% is still
 * A, so the A class always covers at least the A threshold, even when one item holds 95%.
 */
public final class AbcClassification {

    /** Default cumulative share covered by class A. */
    public static final double DEFAULT_A_SHARE = 0.80;

    /** Default further cumulative share covered by class B. */
    public static final double DEFAULT_B_SHARE = 0.15;

    /** Shares within this of a threshold count as reaching it, so 50 + 30 of 100 is exactly 80%. */
    private static final double ROUNDING = 1e-9;

    private AbcClassification() {}

    public static AbcResult classify(double[] values) {
        return classify(values, DEFAULT_A_SHARE, DEFAULT_B_SHARE);
    }

    /**
     * @param aShare cumulative share covered by class A, in (0, 1]
     * @param bShare further share covered by class B, with aShare + bShare at most 1
     */
    public static AbcResult classify(double[] values, double aShare, double bShare) {
        double[] totals = InputChecks.nonNegativeCopy(values, "values", 1);
        if (!(aShare > 0 && aShare <= 1) || !(bShare >= 0) || aShare + bShare > 1 + ROUNDING) {
            throw new IllegalArgumentException(
                    "thresholds need 0 < aShare, 0 <= bShare and aShare + bShare <= 1, got aShare "
                            + aShare
                            + " and bShare "
                            + bShare);
        }
        double total = Arrays.stream(totals).sum();
        if (total == 0) {
            throw new IllegalArgumentException("values sum to zero; there are no shares to classify");
        }
        Integer[] ranking = IntStream.range(0, totals.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> totals[i]).reversed())
                .toArray(Integer[]::new);

        AbcClass[] classes = new AbcClass[totals.length];
        Map<AbcClass, Integer> counts = new EnumMap<>(AbcClass.class);
        Map<AbcClass, Double> revenue = new EnumMap<>(AbcClass.class);
        for (AbcClass abcClass : AbcClass.values()) {
            counts.put(abcClass, 0);
            revenue.put(abcClass, 0.0);
        }
        double shareBefore = 0;
        for (int index : ranking) {
            AbcClass abcClass = classFor(shareBefore, aShare, bShare);
            classes[index] = abcClass;
            counts.merge(abcClass, 1, Integer::sum);
            revenue.merge(abcClass, totals[index], Double::sum);
            shareBefore += totals[index] / total;
        }
        return new AbcResult(Arrays.asList(classes), counts, revenue);
    }

    private static AbcClass classFor(double shareBefore, double aShare, double bShare) {
        if (shareBefore < aShare - ROUNDING) {
            return AbcClass.A;
        }
        if (shareBefore < aShare + bShare - ROUNDING) {
            return AbcClass.B;
        }
        return AbcClass.C;
    }
}
