package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Mean value per calendar month over the most recent complete years of a monthly series.
 *
 * <p>Only complete years are used so that every month is averaged over the same number of values;
 * a trailing half year would otherwise tilt the profile towards the months it happens to cover.
 *
 * @param meanByMonth twelve means, January first; empty when the series has no complete year
 */
record MonthlyProfile(List<Double> meanByMonth) {

  private static final int MONTHS = 12;
  private static final double TIE_TOLERANCE = 1e-9;

  MonthlyProfile {
    meanByMonth = List.copyOf(requireNonNull(meanByMonth, "meanByMonth is null"));
    if (!meanByMonth.isEmpty() && meanByMonth.size() != MONTHS) {
      throw new IllegalArgumentException("meanByMonth needs 12 values, got " + meanByMonth.size());
    }
  }

  /**
   * @param values monthly values in time order
   * @param firstMonth calendar month (1 = January) of {@code values[0]}
   */
  static MonthlyProfile fromCompleteYears(double[] values, int firstMonth) {
    int years = values.length / MONTHS;
    if (years == 0) {
      return new MonthlyProfile(List.of());
    }
    int start = values.length - years * MONTHS;
    double[] sums = new double[MONTHS];
    for (int i = start; i < values.length; i++) {
      sums[Math.floorMod(firstMonth - 1 + i, MONTHS)] += values[i];
    }
    List<Double> means = new ArrayList<>(MONTHS);
    for (double sum : sums) {
      means.add(sum / years);
    }
    return new MonthlyProfile(means);
  }

  /**
   * Each month's mean divided by the mean of all months (1.0 = an average month). Empty when there
   * is no complete year or the overall mean is not positive, where a ratio would invert or explode.
   */
  List<Double> indexByMonth() {
    double overall = meanByMonth.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    if (overall <= 0) {
      return List.of();
    }
    return meanByMonth.stream().map(mean -> mean / overall).toList();
  }

  /** Calendar months (1..12) with the highest mean; several when they tie. */
  List<Integer> peakMonths() {
    double max = meanByMonth.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return monthsEqualTo(max);
  }

  /** Calendar months (1..12) with the lowest mean; several when they tie. */
  List<Integer> troughMonths() {
    double min = meanByMonth.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    return monthsEqualTo(min);
  }

  private List<Integer> monthsEqualTo(double target) {
    List<Integer> months = new ArrayList<>();
    double tolerance = TIE_TOLERANCE * Math.max(1, Math.abs(target));
    for (int month = 0; month < meanByMonth.size(); month++) {
      if (Math.abs(meanByMonth.get(month) - target) <= tolerance) {
        months.add(month + 1);
      }
    }
    return List.copyOf(months);
  }
}
