package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

/**
 * The format of a column's values, decided from its profile: what type they are and, for numbers and
 * dates, how they are written. {@code ambiguity} is set when the values allow two readings.
 *
 * @param datePattern Java date pattern (d/M/yy, yyyyMMdd) or null for ISO dates
 * @param decimalComma numbers use a comma for decimals (and a dot or space for thousands)
 * @param currency numbers carry currency symbols to strip
 * @param grouped some numbers carry thousands separators
 * @param compactDate an integer column whose every value is a valid yyyyMMdd date (a date key)
 */
public record ValueFormat(
        Kind kind,
        String datePattern,
        boolean decimalComma,
        boolean currency,
        boolean grouped,
        boolean compactDate,
        String evidence,
        String ambiguity) {

    /** Share of a column's values that must have a shape for the column to get that type. */
    static final double MIN_SHARE = 0.99;

    public enum Kind {
        EMPTY,
        INTEGER,
        DECIMAL,
        DATE,
        TEXT
    }

    /** The pattern of date-times with a UTC offset, as Shopify writes them. */
    static final String ZONED_TIMESTAMP = "yyyy-MM-dd HH:mm:ss Z";

    public ValueFormat {
        requireNonNull(kind, "kind is null");
        requireNonNull(evidence, "evidence is null");
    }

    boolean isNumber() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }

    /** Date-times with a UTC offset: the order date is the date as written, the seller's local calendar day. */
    boolean zonedTimestamp() {
        return ZONED_TIMESTAMP.equals(datePattern);
    }

    boolean isDateLike() {
        return kind == Kind.DATE || compactDate;
    }

    static ValueFormat of(ColumnProfile p) {
        if (p.values() == 0) {
            return new ValueFormat(Kind.EMPTY, null, false, false, false, false, "no values", null);
        }
        if (p.mostly(p.zonedTimestamps())) {
            return new ValueFormat(
                    Kind.DATE,
                    ZONED_TIMESTAMP,
                    false,
                    false,
                    false,
                    false,
                    share(p.zonedTimestamps(), p) + " date-times with a UTC offset (" + ZONED_TIMESTAMP + ")",
                    null);
        }
        if (p.mostly(p.isoDates())) {
            return new ValueFormat(
                    Kind.DATE, null, false, false, false, false, share(p.isoDates(), p) + " ISO dates", null);
        }
        if (p.mostly(p.slashDates())) {
            return slashDate(p);
        }
        if (p.mostly(p.integers())) {
            boolean compact = p.mostly(p.compactDates());
            return new ValueFormat(
                    Kind.INTEGER,
                    null,
                    false,
                    false,
                    false,
                    compact,
                    share(p.integers(), p) + " integers" + (compact ? ", all valid yyyyMMdd dates" : ""),
                    null);
        }
        boolean currency = p.currencySymbols() > 0;
        String symbols = currency ? ", " + p.currencySymbols() + " with a currency symbol" : "";
        boolean commaReading = p.mostly(p.commaNumbers());
        boolean pointReading = p.mostly(p.pointNumbers());
        if (commaReading && (!pointReading || p.commaDecimals() > 0 && p.pointDecimals() == 0)) {
            return new ValueFormat(
                    Kind.DECIMAL,
                    null,
                    true,
                    currency,
                    p.groupedNumbers() > 0,
                    false,
                    share(p.commaNumbers(), p) + " numbers with a decimal comma (" + p.commaDecimals()
                            + " with comma decimals)" + symbols,
                    null);
        }
        if (pointReading) {
            return new ValueFormat(
                    Kind.DECIMAL,
                    null,
                    false,
                    currency,
                    p.groupedNumbers() > 0,
                    false,
                    share(p.pointNumbers(), p) + " numbers with a decimal point" + symbols,
                    null);
        }
        return new ValueFormat(Kind.TEXT, null, false, false, false, false, p.distinct() + " distinct texts", null);
    }

    private static ValueFormat slashDate(ColumnProfile p) {
        String evidence = share(p.slashDates(), p) + " dates like d" + p.dateSeparator() + "m" + p.dateSeparator()
                + "y; first part up to " + p.maxFirstPart() + ", second up to " + p.maxSecondPart();
        String year;
        if (p.twoDigitYears() > 0 && p.fourDigitYears() > 0) {
            return new ValueFormat(
                    Kind.DATE,
                    null,
                    false,
                    false,
                    false,
                    false,
                    evidence,
                    "mixes two-digit (" + p.twoDigitYears() + ") and four-digit (" + p.fourDigitYears() + ") years");
        }
        year = p.fourDigitYears() > 0 ? "yyyy" : "yy";
        String sep = p.dateSeparator();
        if (p.maxFirstPart() > 12 && p.maxSecondPart() <= 12) {
            return new ValueFormat(
                    Kind.DATE,
                    "d" + sep + "M" + sep + year,
                    false,
                    false,
                    false,
                    false,
                    evidence + " (days first: a first part above 12)",
                    null);
        }
        if (p.maxSecondPart() > 12 && p.maxFirstPart() <= 12) {
            return new ValueFormat(
                    Kind.DATE,
                    "M" + sep + "d" + sep + year,
                    false,
                    false,
                    false,
                    false,
                    evidence + " (months first: a second part above 12)",
                    null);
        }
        if (p.maxFirstPart() > 12) {
            return new ValueFormat(
                    Kind.TEXT,
                    null,
                    false,
                    false,
                    false,
                    false,
                    evidence + "; both parts exceed 12, so not dates",
                    null);
        }
        return new ValueFormat(
                Kind.DATE,
                null,
                false,
                false,
                false,
                false,
                evidence,
                "could be d" + sep + "M" + sep + year + " or M" + sep + "d" + sep + year + " (no part is above 12)");
    }

    private static String share(long count, ColumnProfile p) {
        return count == p.values() ? "all " + p.values() + " values" : count + " of " + p.values() + " values";
    }
}
