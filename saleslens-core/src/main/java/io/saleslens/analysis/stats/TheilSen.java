package io.saleslens.analysis.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Theil-Sen slope: the median of the slopes between every pair of points. Unlike least squares, a
 * single exceptional month cannot drag it far.
 */
public final class TheilSen {

    private TheilSen() {}

    /**
     * @param values equally spaced observations, at least two
     * @return change per step (per month for a monthly series)
     */
    public static double slope(double[] values) {
        double[] series = InputChecks.finiteCopy(values, "values", 2);
        int n = series.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[k++] = (series[j] - series[i]) / (j - i);
            }
        }
        // Median averages the two middle slopes when their count is even.
        return new Median().evaluate(Arrays.copyOf(slopes, k));
    }
}
