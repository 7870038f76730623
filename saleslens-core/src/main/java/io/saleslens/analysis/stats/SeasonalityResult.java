package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Outcome of {@link Seasonality#detect(double[], int)}.
 *
 * @param detected true only when every condition in {@link Seasonality} holds
 * @param strength seasonal strength F_S in 0..1; NaN when the series was too short to decompose
 * @param acfLag12 lag-12 autocorrelation of the detrended series; NaN when too short
 * @param acfBound the 1.96/sqrt(n) significance bound acfLag12 is compared with; NaN when too short
 * @param cycles complete 12-month cycles in the series
 * @param peakMonths calendar months (1..12) named as peaks by {@link #PEAK_RULE}, largest first; empty without a complete year
 * @param troughMonths calendar months (1..12) named as troughs by {@link #PEAK_RULE}, lowest first; empty without a complete year
 * @param indexByMonth twelve values, January first: month mean over complete years divided by the
 *     overall mean; empty without a complete year or when the overall mean is not positive
 * @param reason why seasonality was or was not reported, with the figures behind it
 */
public record SeasonalityResult(
        boolean detected,
        double strength,
        double acfLag12,
        double acfBound,
        int cycles,
        List<Integer> peakMonths,
        List<Integer> troughMonths,
        List<Double> indexByMonth,
        String reason) {

    /** The rule the peak and trough months follow, in words for metrics.json. */
    public static final String PEAK_RULE = "peaks: months whose seasonal index is at least " + MonthlyProfile.PEAK_INDEX
            + ", troughs: at most " + MonthlyProfile.TROUGH_INDEX + "; at most " + MonthlyProfile.MAX_NAMED
            + " of each, in order of"
            + " size (months tied at the cut all named); without such a month, the highest (lowest) month alone";

    public SeasonalityResult {
        if (cycles < 0) {
            throw new IllegalArgumentException("cycles must be non-negative, got " + cycles);
        }
        peakMonths = List.copyOf(requireNonNull(peakMonths, "peakMonths is null"));
        troughMonths = List.copyOf(requireNonNull(troughMonths, "troughMonths is null"));
        indexByMonth = List.copyOf(requireNonNull(indexByMonth, "indexByMonth is null"));
        requireNonNull(reason, "reason is null");
        if (!indexByMonth.isEmpty() && indexByMonth.size() != 12) {
            throw new IllegalArgumentException("indexByMonth needs 12 values, got " + indexByMonth.size());
        }
    }
}
