package io.saleslens.model;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.ColumnSpec;
import java.util.Map;

/** The SQL that turns a source's raw text into one typed, standardised column. */
public final class ColumnExpressions {
    private final SqlDialect sql;

    public ColumnExpressions(SqlDialect sql) {
        this.sql = sql;
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
            case "decimal" -> sql.tryDecimal(raw);
            case "date" -> sql.parseDate(raw, column.format());
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

    /** True where the source held text that did not parse as the column's type. */
    String invalid(ColumnSpec column) {
        if (column.type().equals("text")) {
            return "false";
        }
        return "(" + raw(column) + " IS NOT NULL AND " + value(column) + " IS NULL)";
    }
}
