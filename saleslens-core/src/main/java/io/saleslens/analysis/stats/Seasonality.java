package io.saleslens.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Decides whether a monthly series has a yearly pattern worth reporting.
 *
 * <p>Seasonality is reported only when all three hold:
 *
 * <ol>
 *   <li>at least two complete years, the least STL needs to tell a season from noise;
 *   <li>seasonal strength F_S = max(0, 1 - Var(R) / Var(S + R)) of at least {@value
 *       #STRENGTH_THRESHOLD} (Wang, Smith and Hyndman 2006), with S and R the STL seasonal and
 *       remainder parts;
 *   <li>lag-12 autocorrelation of the detrended series above 1.96/sqrt(n), the usual 95% bound for
 *       white noise.
 * </ol>
 *
 * <p>Strength alone is not enough on short series: with two years and a periodic seasonal fit, each
 * month's seasonal value is the mean of two noise draws, so noise alone gives F_S near 0.5 (above
 * the threshold for about a quarter of seeded 24-month white-noise series). The autocorrelation
 * check asks the same pattern to repeat.
 */
public final class Seasonality {

    /** Minimum seasonal strength F_S, the share of detrended variance the seasonal part explains. */
    public static final double STRENGTH_THRESHOLD = 0.64;

    private static final int LAG = StlDecomposition.MONTHLY_PERIOD;
    private static final double NORMAL_95 = 1.96;
    private static final double RELATIVE_ROUNDING = 1e-9;

    private Seasonality() {}

    /**
     * @param monthlyValues one value per month, in time order, without gaps
     * @param firstMonth calendar month (1 = January .. 12 = December) of {@code monthlyValues[0]}
     */
    public static SeasonalityResult detect(double[] monthlyValues, int firstMonth) {
        double[] values = InputChecks.finiteCopy(monthlyValues, "monthly values", 0);
        if (firstMonth < 1 || firstMonth > 12) {
            throw new IllegalArgumentException("firstMonth must be 1..12, got " + firstMonth);
        }
        int cycles = values.length / LAG;
        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, firstMonth);
        if (values.length < StlDecomposition.MINIMUM_LENGTH) {
            String reason = String.format(
                    Locale.ROOT,
                    "only %d complete year%s (%d months; 24 needed)",
                    cycles,
                    cycles == 1 ? "" : "s",
                    values.length);
            return result(false, Double.NaN, Double.NaN, Double.NaN, cycles, profile, reason);
        }

        Decomposition parts = StlDecomposition.monthly(values);
        double[] remainder = toArray(parts.remainder());
        // The series minus the STL trend, which is also seasonal + remainder. The autocorrelation is
        // taken on it rather than on the raw series: a rising trend alone makes every lag look
        // correlated, which says nothing about a yearly pattern.
        double[] detrended = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            detrended[i] = values[i] - parts.trend().get(i);
        }
        if (isNegligible(detrended, values)) {
            double bound = NORMAL_95 / Math.sqrt(values.length);
            return result(false, 0, 0, bound, cycles, profile, "no variation around the trend");
        }
        double strength = strength(remainder, detrended);
        double acf = autocorrelation(detrended, LAG);
        double bound = NORMAL_95 / Math.sqrt(values.length);

        List<String> failures = new ArrayList<>();
        if (strength < STRENGTH_THRESHOLD) {
            failures.add(String.format(Locale.ROOT, "strength %.2f below %.2f", strength, STRENGTH_THRESHOLD));
        }
        if (!(acf > bound)) {
            failures.add(
                    String.format(Locale.ROOT, "lag-12 autocorrelation %.2f not above the bound %.2f", acf, bound));
        }
        boolean detected = failures.isEmpty();
        String reason = detected
                ? String.format(
                        Locale.ROOT,
                        "seasonal: strength %.2f (at least %.2f), lag-12 autocorrelation %.2f above %.2f,"
                                + " %d complete years",
                        strength,
                        STRENGTH_THRESHOLD,
                        acf,
                        bound,
                        cycles)
                : String.join("; ", failures);
        return result(detected, strength, acf, bound, cycles, profile, reason);
    }

    /** F_S = max(0, 1 - Var(R) / Var(S + R)). */
    static double strength(double[] remainder, double[] seasonalPlusRemainder) {
        double ratio = StatUtils.variance(remainder) / StatUtils.variance(seasonalPlusRemainder);
        return Math.max(0, 1 - ratio);
    }

    /**
     * True when what is left after removing the trend is rounding noise: on a flat series STL leaves
     * parts of order 1e-13 whose variance ratio would be an arbitrary number.
     */
    private static boolean isNegligible(double[] detrended, double[] values) {
        double scale =
                Math.max(1, StatUtils.mean(Arrays.stream(values).map(Math::abs).toArray()));
        return Math.sqrt(StatUtils.variance(detrended)) <= RELATIVE_ROUNDING * scale;
    }

    /** Sample autocorrelation at {@code lag}, divided by the lag-0 sum as in the usual ACF plot. */
    static double autocorrelation(double[] values, int lag) {
        double mean = StatUtils.mean(values);
        double denominator = 0;
        for (double value : values) {
            denominator += (value - mean) * (value - mean);
        }
        if (denominator == 0) {
            return 0;
        }
        double numerator = 0;
        for (int i = 0; i + lag < values.length; i++) {
            numerator += (values[i] - mean) * (values[i + lag] - mean);
        }
        return numerator / denominator;
    }

    private static SeasonalityResult result(
            boolean detected,
            double strength,
            double acf,
            double bound,
            int cycles,
            MonthlyProfile profile,
            String reason) {
        return new SeasonalityResult(
                detected,
                strength,
                acf,
                bound,
                cycles,
                profile.peakMonths(),
                profile.troughMonths(),
                profile.indexByMonth(),
                reason);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
