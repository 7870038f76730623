package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
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
        double overall =
                meanByMonth.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (overall <= 0) {
            return List.of();
        }
        return meanByMonth.stream().map(mean -> mean / overall).toList();
    }

    /** A month is a peak when its seasonal index is at least this (20 % above an average month). */
    static final double PEAK_INDEX = 1.2;

    /** A month is a trough when its seasonal index is at most this (20 % below an average month). */
    static final double TROUGH_INDEX = 0.8;

    /** At most this many peaks and troughs are named. */
    static final int MAX_NAMED = 4;

    /**
     * Calendar months (1..12) whose index is at least {@link #PEAK_INDEX}, largest first, at most {@link #MAX_NAMED}
     * (months tied at the cut all named); the highest month (every tied one) when none reaches it.
     */
    List<Integer> peakMonths() {
        return named(true);
    }

    /** Calendar months (1..12) whose index is at most {@link #TROUGH_INDEX}, lowest first, by the rule of {@link #peakMonths}. */
    List<Integer> troughMonths() {
        return named(false);
    }

    private List<Integer> named(boolean peaks) {
        if (meanByMonth.isEmpty()) {
            return List.of();
        }
        double overall =
                meanByMonth.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<Integer> months = new ArrayList<>();
        for (int month = 1; month <= MONTHS; month++) {
            months.add(month);
        }
        Comparator<Integer> bySize = Comparator.comparingDouble(month -> meanByMonth.get(month - 1));
        months.sort(
                peaks
                        ? bySize.reversed().thenComparing(Comparator.naturalOrder())
                        : bySize.thenComparing(Comparator.naturalOrder()));
        List<Integer> named = new ArrayList<>();
        if (overall > 0) {
            for (int month : months) {
                double index = meanByMonth.get(month - 1) / overall;
                boolean beyond = peaks ? index >= PEAK_INDEX - TIE_TOLERANCE : index <= TROUGH_INDEX + TIE_TOLERANCE;
                boolean tiedWithLast = !named.isEmpty()
                        && isTied(meanByMonth.get(month - 1), meanByMonth.get(named.get(named.size() - 1) - 1));
                if (beyond && (named.size() < MAX_NAMED || tiedWithLast)) {
                    named.add(month);
                }
            }
        }
        if (!named.isEmpty()) {
            return List.copyOf(named);
        }
        return monthsEqualTo(meanByMonth.get(months.get(0) - 1));
    }

    private static boolean isTied(double a, double b) {
        return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(b));
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
