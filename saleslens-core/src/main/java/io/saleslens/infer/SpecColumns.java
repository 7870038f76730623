package io.saleslens.infer;

import io.saleslens.spec.ColumnSpec;

/**
 * Turns a probed column into the spec column that reads it: typed, with the date pattern found, and for
 * numbers written with currency symbols, thousands separators or a decimal comma, an {@code expr} that
 * rewrites them as plain numbers first. Expressions are SQL over the source's raw text columns.
 */
final class SpecColumns {
    private SpecColumns() {}

    static ColumnSpec of(ColumnMatch match, boolean required) {
        ValueFormat format = match.format();
        return switch (format.kind()) {
            case DATE ->
                format.zonedTimestamp()
                        // The calendar day as written, in the seller's own offset: the first ten characters.
                        ? new ColumnSpec(
                                null,
                                "substr(trim(" + quote(match.column()) + "), 1, 10)",
                                "date",
                                null,
                                required,
                                null,
                                null,
                                false)
                        : column(match.column(), "date", format.datePattern(), required);
            case INTEGER ->
                format.compactDate()
                                && match.meaning() != null
                                && match.meaning().need() == Meaning.Need.DATE
                        ? column(match.column(), "date", "yyyyMMdd", required)
                        : column(match.column(), "integer", null, required);
            case DECIMAL ->
                needsRewriting(format)
                        ? new ColumnSpec(null, plainNumber(match), "decimal", null, required, null, null, false)
                        : column(match.column(), "decimal", null, required);
            default -> column(match.column(), "text", null, required);
        };
    }

    /** A text column, whatever its values look like (keys that must compare as text on both sides of a join). */
    static ColumnSpec text(ColumnMatch match, boolean required) {
        return column(match.column(), "text", null, required);
    }

    /** An integer key column. */
    static ColumnSpec integer(ColumnMatch match, boolean required) {
        return column(match.column(), "integer", null, required);
    }

    /** SQL for the column's value as a number, for expressions that combine columns. */
    static String number(ColumnMatch match) {
        String text = match.format().kind() == ValueFormat.Kind.DECIMAL && needsRewriting(match.format())
                ? plainNumber(match)
                : quote(match.column());
        return "TRY_CAST(" + text + " AS DOUBLE)";
    }

    /** sales = quantity x unit price, for files that give the price but not the line amount. */
    static ColumnSpec product(ColumnMatch quantity, ColumnMatch unitPrice) {
        return new ColumnSpec(
                null, number(quantity) + " * " + number(unitPrice), "decimal", null, false, null, null, false);
    }

    /** unit price = sales / quantity, for files that give the line amount but not the price. */
    static ColumnSpec ratio(ColumnMatch sales, ColumnMatch quantity) {
        return new ColumnSpec(
                null,
                number(sales) + " / nullif(" + number(quantity) + ", 0)",
                "decimal",
                null,
                false,
                null,
                null,
                false);
    }

    private static boolean needsRewriting(ValueFormat format) {
        return format.decimalComma() || format.currency() || format.grouped();
    }

    private static String plainNumber(ColumnMatch match) {
        String text = quote(match.column());
        for (String symbol : new String[] {"$", "€", "£", "¥", " "}) {
            text = "replace(" + text + ", '" + symbol + "', '')";
        }
        if (match.format().decimalComma()) {
            return "replace(replace(" + text + ", '.', ''), ',', '.')";
        }
        return "replace(" + text + ", ',', '')";
    }

    private static ColumnSpec column(String from, String type, String format, boolean required) {
        return new ColumnSpec(from, null, type, format, required, null, null, false);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
