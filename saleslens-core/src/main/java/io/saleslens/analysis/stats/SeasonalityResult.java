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
 * @param peakMonths calendar months (1..12) with the highest index; empty without a complete year
 * @param troughMonths calendar months (1..12) with the lowest index; empty without a complete year
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

  public SeasonalityResult {
    if (cycles < 0) {
      throw new IllegalArgumentException("cycles must be non-negative, got " + cycles);
    }
    peakMonths = List.copyOf(requireNonNull(peakMonths, "peakMonths is null"));
    troughMonths = List.copyOf(requireNonNull(troughMonths, "troughMonths is null"));
    indexByMonth = List.copyOf(requireNonNull(indexByMonth, "indexByMonth is null"));
    requireNonNull(reason, "reason is null");
    if (!indexByMonth.isEmpty() && indexByMonth.size() != 12) {
      throw new IllegalArgumentException(
          "indexByMonth needs 12 values, got " + indexByMonth.size());
    }
  }
}
