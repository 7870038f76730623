package io.saleslens.analysis;

import io.saleslens.analysis.stats.ChangePoint;
import io.saleslens.analysis.stats.ChangePointResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Several level shifts by binary segmentation with Pettitt's test: find the most likely shift, and
 * if it is significant test each side again. Pettitt alone finds one shift; a series with two (the
 * sample's 2012-01 and 2013-02) needs the second pass. Each side is tested at the same 5% level
 * without correcting for the repeated tests, so a shift found deep in the recursion is a lead to
 * check, not proof.
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

    private static void split(double[] values, int from, int to, List<Shift> shifts) {
        if (to - from < 2 * MINIMUM_SEGMENT) {
            return;
        }
        double[] segment = Arrays.copyOfRange(values, from, to);
        ChangePointResult result = ChangePoint.pettitt(segment);
        int index = from + result.index();
        if (!result.significant() || index - from < MINIMUM_SEGMENT || to - index < MINIMUM_SEGMENT) {
            return;
        }
        shifts.add(new Shift(index, result.pValue(), result.meanBefore(), result.meanAfter()));
        split(values, from, index, shifts);
        split(values, index, to, shifts);
    }
}
