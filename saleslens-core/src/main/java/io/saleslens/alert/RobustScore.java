package io.saleslens.alert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How far a value lies from earlier ones, robust to outliers among them (Iglewicz and Hoaglin's modified z-score):
 * 0.6745 × (value − median) ÷ MAD, where MAD is the median absolute deviation from the median. When more than half of
 * the earlier values are equal the MAD is 0; the mean absolute deviation × 1.2533 stands in for it, and when that is
 * 0 too (all earlier values equal) there is no z-score.
 *
 * @param z null when the earlier values have no spread at all
 */
record RobustScore(double median, double mad, Double z) {
    private static final double MAD_TO_SIGMA = 0.6745;
    private static final double MEAN_DEVIATION_TO_SIGMA = 1.253314;

    static RobustScore of(List<Double> earlier, double value) {
        double median = median(earlier);
        List<Double> deviations = new ArrayList<>();
        for (double x : earlier) {
            deviations.add(Math.abs(x - median));
        }
        double mad = median(deviations);
        if (mad > 0) {
            return new RobustScore(median, mad, MAD_TO_SIGMA * (value - median) / mad);
        }
        double meanDeviation =
                deviations.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (meanDeviation > 0) {
            return new RobustScore(median, mad, (value - median) / (MEAN_DEVIATION_TO_SIGMA * meanDeviation));
        }
        return new RobustScore(median, mad, null);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
