package io.saleslens.analysis;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * One calendar month of sales.
 *
 * @param partial whether the data covers the month only in part (the first and last month of the data)
 */
record MonthPoint(YearMonth month, double revenue, long orders, long units, long customers, boolean partial) {

    MonthPoint {
        requireNonNull(month, "month is null");
        if (orders < 0 || units < 0 || customers < 0) {
            throw new IllegalArgumentException("counts must be non-negative in " + month);
        }
    }

    static MonthPoint empty(YearMonth month) {
        return new MonthPoint(month, 0, 0, 0, 0, false);
    }

    /** The value of a measure by its metrics name; average order value is NaN in a month without orders. */
    double value(String measure) {
        return switch (measure) {
            case "revenue" -> revenue;
            case "orders" -> orders;
            case "units" -> units;
            case "customers" -> customers;
            case "avg_order_value" -> orders == 0 ? Double.NaN : revenue / orders;
            default -> throw new IllegalArgumentException("unknown measure " + measure);
        };
    }
}
