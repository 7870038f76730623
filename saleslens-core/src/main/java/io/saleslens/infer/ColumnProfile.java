package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Counts over every value of one column, computed in the engine. "Values" are the non-blank texts
 * that are not null markers; each count says how many of them have a given shape.
 *
 * @param nullMarkers null-marker texts found (NULL, NA, n/a...) and how often
 * @param groupedNumbers values with a thousands separator (1,234 or 1.234 or 1 234 before more digits)
 * @param slashDates values shaped like d/m/y or m/d/y (separator / . or -)
 * @param maxFirstPart largest first number among those, which tells days (above 12) from months
 * @param maxSecondPart largest second number among those
 * @param topValues the most frequent values, when the column has few distinct values
 * @param orderCodes values shaped like an order number (#1001, SO-20417): no spaces, digits at the end
 * @param emails values shaped like an e-mail address
 * @param zonedTimestamps ISO date-times with a UTC offset (2024-03-05 14:22:10 -0500)
 */
public record ColumnProfile(
        String name,
        long values,
        long distinct,
        long integers,
        long pointNumbers,
        long commaNumbers,
        long pointDecimals,
        long commaDecimals,
        long currencySymbols,
        long groupedNumbers,
        long isoDates,
        long compactDates,
        long slashDates,
        long maxFirstPart,
        long maxSecondPart,
        long twoDigitYears,
        long fourDigitYears,
        String dateSeparator,
        Map<String, Long> nullMarkers,
        List<String> topValues,
        long orderCodes,
        long emails,
        long zonedTimestamps) {

    public ColumnProfile {
        requireNonNull(name, "name is null");
        nullMarkers = Map.copyOf(nullMarkers);
        topValues = List.copyOf(topValues);
    }

    /** A profile without the shapes that only some meanings ask for (order codes, e-mails, zoned timestamps). */
    public ColumnProfile(
            String name,
            long values,
            long distinct,
            long integers,
            long pointNumbers,
            long commaNumbers,
            long pointDecimals,
            long commaDecimals,
            long currencySymbols,
            long groupedNumbers,
            long isoDates,
            long compactDates,
            long slashDates,
            long maxFirstPart,
            long maxSecondPart,
            long twoDigitYears,
            long fourDigitYears,
            String dateSeparator,
            Map<String, Long> nullMarkers,
            List<String> topValues) {
        this(
                name,
                values,
                distinct,
                integers,
                pointNumbers,
                commaNumbers,
                pointDecimals,
                commaDecimals,
                currencySymbols,
                groupedNumbers,
                isoDates,
                compactDates,
                slashDates,
                maxFirstPart,
                maxSecondPart,
                twoDigitYears,
                fourDigitYears,
                dateSeparator,
                nullMarkers,
                topValues,
                0,
                0,
                0);
    }

    /** True when at least {@link ValueFormat#MIN_SHARE} of the values have the shape counted. */
    boolean mostly(long count) {
        return values > 0 && count >= Math.ceil(values * ValueFormat.MIN_SHARE);
    }
}
