package io.saleslens.analysis;

import io.saleslens.analysis.stats.ChangePoint;
import io.saleslens.analysis.stats.ChangePointResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Several level shifts by binary segmentation: Pettitt's test decides whether a segment holds a
 * shift, and if it does the segment is split where the split leaves the least squared error around
 * the two means, then each side is tested again. The split is placed by least squares rather than at
 * Pettitt's own K, because K favours a balanced split: between two real shifts it lands in the
 * middle. Each side is tested at the same 5% level without correcting for the repeated tests, so a
 * shift found deep in the recursion is a lead to check, not proof.
 */
final class ChangePoints {
    /** Fewest months on each side of a shift: a shorter level is indistinguishable from a few odd months. */
    static final int MINIMUM_SEGMENT = 6;

    private ChangePoints() {}

    /** @param index position of the first value at the new level in the whole series */
    record Shift(int index, double pValue, double meanBefore, double meanAfter) {}

    static List<Shift> find(double[] values) {
        List<Shift> shifts = new ArrayList<>();
        split(values, 0, values.length, shifts);
        shifts.sort(Comparator.comparingInt(Shift::index));
        return shifts;
    }

    /** The split (first index of the second part) with the smallest within-part squared error, both parts long enough. */
    static int bestSplit(double[] segment) {
        int n = segment.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + segment[i];
        }
        int best = MINIMUM_SEGMENT;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int k = MINIMUM_SEGMENT; k <= n - MINIMUM_SEGMENT; k++) {
            // Between-part sum of squares; maximising it minimises the within-part error.
            double left = prefix[k] / k;
            double right = (prefix[n] - prefix[k]) / (n - k);
            double gain = (double) k * (n - k) / n * (left - right) * (left - right);
            if (gain > bestGain) {
                bestGain = gain;
                best = k;
            }
        }
        return best;
    }

    private static double mean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElseThrow();
    }

    private static void split(double[] values, int from, int to, List<Shift> shifts) {
        if (to - from < 2 * MINIMUM_SEGMENT) {
            return;
        }
        double[] segment = Arrays.copyOfRange(values, from, to);
        ChangePointResult result = ChangePoint.pettitt(segment);
        if (!result.significant()) {
            return;
        }
        int index = from + bestSplit(segment);
        shifts.add(new Shift(index, result.pValue(), mean(values, from, index), mean(values, index, to)));
        split(values, from, index, shifts);
        split(values, index, to, shifts);
    }
}
