package io.saleslens.generate;

import java.time.LocalDate;

/**
 * Splits the order lines over the months: steady growth times a yearly profile, so a trend and a
 * seasonal peak are there for the analysis to find. Shares are rounded by largest remainder so the
 * months add up to exactly the lines asked for.
 */
final class MonthlyVolume {
    /** Growth per year of the number of order lines. */
    static final double YEARLY_GROWTH = 0.35;

    /**
     * Relative volume by calendar month, January first: a spring-summer riding season and a December
     * gift peak, the busiest month of the year.
     */
    static final double[] SEASONAL_PROFILE = {0.80, 0.85, 0.95, 1.00, 1.10, 1.20, 1.05, 1.00, 0.95, 1.00, 1.10, 1.35};

    private MonthlyVolume() {}

    /** Lines per month, in month order, summing to {@code lines}. */
    static long[] linesPerMonth(long lines, LocalDate startDate, int months) {
        double monthlyGrowth = Math.pow(1 + YEARLY_GROWTH, 1.0 / 12);
        double[] weights = new double[months];
        double total = 0;
        for (int month = 0; month < months; month++) {
            int calendarMonth = startDate.plusMonths(month).getMonthValue();
            weights[month] = Math.pow(monthlyGrowth, month) * SEASONAL_PROFILE[calendarMonth - 1];
            total += weights[month];
        }
        long[] result = new long[months];
        double[] remainders = new double[months];
        long assigned = 0;
        for (int month = 0; month < months; month++) {
            double exact = lines * weights[month] / total;
            result[month] = (long) Math.floor(exact);
            remainders[month] = exact - result[month];
            assigned += result[month];
        }
        // Few months, so a repeated scan for the largest remainder costs nothing.
        for (long left = lines - assigned; left > 0; left--) {
            int largest = 0;
            for (int month = 1; month < months; month++) {
                if (remainders[month] > remainders[largest]) {
                    largest = month;
                }
            }
            result[largest]++;
            remainders[largest] = -1;
        }
        return result;
    }
}
