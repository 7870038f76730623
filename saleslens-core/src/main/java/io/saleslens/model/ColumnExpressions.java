package io.saleslens.model;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.AmountFormat;
import io.saleslens.spec.ColumnSpec;
import java.util.Map;

/** The SQL that turns a source's raw text into one typed, standardised column. */
public final class ColumnExpressions {
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
        String typed = switch (column.type()) {
            case "integer" -> sql.tryInteger(raw);
            case "decimal" -> column.format() == null ? sql.tryDecimal(raw) : amount(raw, AmountFormat.parse(column.format()));
            case "date" -> sql.parseDate(raw, column.format(), zone);
            default -> raw;
        };
        if (!column.isMapped()) {
            return typed;
        }
        StringBuilder mapped = new StringBuilder("CASE ").append(raw);
        for (Map.Entry<String, String> entry : column.map().entrySet()) {
            mapped.append(" WHEN ").append(sql.literal(entry.getKey())).append(" THEN ").append(sql.literal(entry.getValue()));
        }
        return mapped.append(" ELSE ").append(typed).append(" END").toString();
    }

    /**
     * An amount as exports write it ($12,500.00, 1.234,56 €, (45.00) for a negative): null unless the whole text has
     * that shape, so a value whose separators do not fit the format is invalid instead of read as another number.
     */
    private String amount(String raw, AmountFormat format) {
        String digits = sql.replaceAll(sql.replaceAll(raw, "[^0-9" + format.decimalSeparator() + "]", ""),
                "[" + format.decimalSeparator() + "]", ".");
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
