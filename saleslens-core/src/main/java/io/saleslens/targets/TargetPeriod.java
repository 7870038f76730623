package io.saleslens.targets;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * A calendar month, quarter or year, named as the spec names it (2013-12, 2013-Q4, 2013).
 *
 * @param kind month, quarter or year
 * @param start the period's first day
 * @param end the period's last day
 */
record TargetPeriod(String kind, LocalDate start, LocalDate end) {
    TargetPeriod {
        requireNonNull(kind, "kind is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
    }

    /** The period a spec's {@code of} names, in the form the spec checked for its kind. */
    static TargetPeriod named(String kind, String name) {
        return switch (kind) {
            case "year" -> year(Integer.parseInt(name));
            case "quarter" -> quarter(Integer.parseInt(name.substring(0, 4)), Integer.parseInt(name.substring(6)));
            case "month" -> month(YearMonth.parse(name));
            default -> throw new IllegalArgumentException("not a period: " + kind);
        };
    }

    /** The period of the given kind that holds the day. */
    static TargetPeriod holding(String kind, LocalDate day) {
        return switch (kind) {
            case "year" -> year(day.getYear());
            case "quarter" -> quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case "month" -> month(YearMonth.from(day));
            default -> throw new IllegalArgumentException("not a period: " + kind);
        };
    }

    /** The period of the same kind just before this one: 2012 for 2013, 2013-Q3 for 2013-Q4. */
    TargetPeriod previous() {
        return holding(kind, start.minusDays(1));
    }

    /** The name the spec gives the period: 2013, 2013-Q4 or 2013-12. */
    String name() {
        return switch (kind) {
            case "year" -> String.valueOf(start.getYear());
            case "quarter" -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            default -> YearMonth.from(start).toString();
        };
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether a month (yyyy-MM, as metrics.json names months) lies inside the period. */
    boolean holds(YearMonth month) {
        return !month.atDay(1).isBefore(start) && !month.atEndOfMonth().isAfter(end);
    }

    private static TargetPeriod year(int year) {
        return new TargetPeriod("year", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static TargetPeriod quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new TargetPeriod("quarter", start, start.plusMonths(3).minusDays(1));
    }

    private static TargetPeriod month(YearMonth month) {
        return new TargetPeriod("month", month.atDay(1), month.atEndOfMonth());
    }
}
