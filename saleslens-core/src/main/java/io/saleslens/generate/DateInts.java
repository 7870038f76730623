package io.saleslens.generate;

import java.time.LocalDate;

/** Dates as yyyymmdd integers, the form sales_details.csv uses and the writers take. */
final class DateInts {
    private DateInts() {}

    static int of(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static int ofEpochDay(long epochDay) {
        return of(LocalDate.ofEpochDay(epochDay));
    }

    static LocalDate toLocalDate(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
