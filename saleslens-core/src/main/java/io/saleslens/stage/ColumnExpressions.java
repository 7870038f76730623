package io.saleslens.stage;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.AmountFormat;
import io.saleslens.spec.ColumnSpec;
import java.util.Map;

/**
 * The SQL that turns a source's raw text into one typed, standardised column. A value outside the plausible range
 * of its type is invalid like text that does not parse: a number that is not finite or whose magnitude exceeds
 * {@link #MAX_MAGNITUDE}, a date before {@link #EARLIEST_DATE} or after {@link #LATEST_DATE}. Such values would
 * overflow sums and date arithmetic downstream; {@link #invalidReason} says which bound a value broke.
 */
public final class ColumnExpressions {
    /** The largest magnitude of a decimal value: beyond 10^13 a double no longer holds every cent of a sum of them. */
    public static final String MAX_MAGNITUDE = "1e13";

    public static final String EARLIEST_DATE = "1900-01-01";
    public static final String LATEST_DATE = "2099-12-31";
    /** How much of a value an invalid-value reason quotes. */
    private static final int QUOTED_CHARACTERS = 40;

    private final SqlDialect sql;
    private final String zone;

    public ColumnExpressions(SqlDialect sql) {
        this(sql, null);
    }

    /** @param zone the dataset's time zone, to which timestamps with an offset are moved; null keeps dates as written */
    public ColumnExpressions(SqlDialect sql, String zone) {
        this.sql = sql;
        this.zone = zone;
    }

    /** The trimmed text the column is derived from; blank is missing. */
    public String raw(ColumnSpec column) {
        if (column.from() != null) {
            return "NULLIF(trim(" + sql.quote(column.from()) + "), '')";
        }
        return "NULLIF(trim(CAST((" + column.expr() + ") AS STRING)), '')";
    }

    /** The typed value, mapped through the standardisation map; invalid text becomes null. */
    public String value(ColumnSpec column) {
        return value(column, raw(column));
    }

    /** {@link #value(ColumnSpec)} over an expression that already holds the column's {@link #raw} text. */
    public String value(ColumnSpec column, String raw) {
        String typed = bounded(column, parsed(column, raw));
        if (!column.isMapped()) {
            return typed;
        }
        StringBuilder mapped = new StringBuilder("CASE ").append(raw);
        for (Map.Entry<String, String> entry : column.map().entrySet()) {
            mapped.append(" WHEN ")
                    .append(sql.literal(entry.getKey()))
                    .append(" THEN ")
                    .append(sql.literal(entry.getValue()));
        }
        return mapped.append(" ELSE ").append(typed).append(" END").toString();
    }

    /** The text parsed as the column's type, before the plausible-range bounds. */
    private String parsed(ColumnSpec column, String raw) {
        return switch (column.type()) {
            case "integer" -> sql.tryInteger(raw);
            case "decimal" ->
                column.format() == null ? sql.tryDecimal(raw) : amount(raw, AmountFormat.parse(column.format()));
            case "date" -> sql.parseDate(raw, column.format(), zone);
            default -> raw;
        };
    }

    /** The parsed value where it lies in its type's plausible range, else null (NaN and infinities fail the test). */
    private String bounded(ColumnSpec column, String parsed) {
        return switch (column.type()) {
            case "decimal" -> "CASE WHEN abs(" + parsed + ") <= " + MAX_MAGNITUDE + " THEN " + parsed + " END";
            case "date" ->
                "CASE WHEN " + parsed + " BETWEEN DATE " + sql.literal(EARLIEST_DATE) + " AND DATE "
                        + sql.literal(LATEST_DATE) + " THEN " + parsed + " END";
            default -> parsed;
        };
    }

    /**
     * Why a raw text that is not null gave no typed value, the text quoted ({@code not an integer: '1.5'}); null where
     * the value is valid or mapped, and always for text columns. {@code typed} is an expression holding the column's
     * {@link #value}, so the reason is worked out only for the values that failed.
     */
    public String invalidReason(ColumnSpec column, String raw, String typed) {
        if (column.type().equals("text")) {
            return "CAST(NULL AS STRING)";
        }
        String parsed = parsed(column, raw);
        String notParsed = switch (column.type()) {
            case "integer" -> "not an integer";
            case "decimal" ->
                column.format() == null ? "not a number" : "not an amount in the format " + column.format();
            default -> column.format() == null ? "not an ISO date" : "not a date in the format " + column.format();
        };
        // x - x is 0 for every finite x and NaN for NaN and the infinities, on both engines.
        String outOfRange = switch (column.type()) {
            case "integer" -> sql.literal(notParsed);
            case "decimal" ->
                "CASE WHEN " + parsed + " - " + parsed + " = 0 THEN "
                        + sql.literal("beyond the magnitude bound " + MAX_MAGNITUDE) + " ELSE "
                        + sql.literal("not a finite number") + " END";
            default ->
                "CASE WHEN " + parsed + " < DATE " + sql.literal(EARLIEST_DATE) + " THEN "
                        + sql.literal("a date before " + EARLIEST_DATE) + " ELSE "
                        + sql.literal("a date after " + LATEST_DATE) + " END";
        };
        String reason =
                "CASE WHEN " + parsed + " IS NULL THEN " + sql.literal(notParsed) + " ELSE " + outOfRange + " END";
        String quoted = "concat(" + reason + ", " + sql.literal(": '") + ", substr(" + raw + ", 1, " + QUOTED_CHARACTERS
                + "), CASE WHEN length(" + raw + ") > " + QUOTED_CHARACTERS + " THEN '...' ELSE '' END, "
                + sql.literal("'") + ")";
        return "CASE WHEN " + raw + " IS NOT NULL AND " + typed + " IS NULL THEN " + quoted + " END";
    }

    /**
     * An amount as exports write it ($12,500.00, 1.234,56 €, (45.00) for a negative): null unless the whole text has
     * that shape, so a value whose separators do not fit the format is invalid instead of read as another number.
     */
    private String amount(String raw, AmountFormat format) {
        String digits = sql.replaceAll(
                sql.replaceAll(raw, "[^0-9" + format.decimalSeparator() + "]", ""),
                "[" + format.decimalSeparator() + "]",
                ".");
        String magnitude = sql.tryDecimal(digits);
        String negative = "(" + raw + " LIKE '%(%' OR " + raw + " LIKE '%-%')";
        return "CASE WHEN " + sql.matches(raw, format.shape()) + " THEN CASE WHEN " + negative + " THEN -" + magnitude
                + " ELSE " + magnitude + " END END";
    }

    /** True where the source held text that did not parse as the column's type. */
    String invalid(ColumnSpec column) {
        if (column.type().equals("text")) {
            return "false";
        }
        return "(" + raw(column) + " IS NOT NULL AND " + value(column) + " IS NULL)";
    }
}
