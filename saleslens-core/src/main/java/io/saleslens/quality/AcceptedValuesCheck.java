package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import java.util.Map;

/**
 * A value must be one of the accepted spellings. Known variants (the check's map) and blanks fail too:
 * they are the defects the standardisation map repairs or leaves missing.
 */
record AcceptedValuesCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        return "one of " + String.join(", ", spec.values());
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        String value = ColumnValue.trimmed(sql, spec);
        return value + " IS NULL OR " + value + " NOT IN (" + ColumnValue.literalList(sql, spec.values()) + ")";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.untrimmed(sql, spec);
    }

    /** The accepted value a variant becomes, as SQL over {@code value}; null for values the map does not know. */
    String mappedValue(SqlDialect sql) {
        StringBuilder mapped = new StringBuilder("CASE trim(value)");
        for (Map.Entry<String, String> entry : spec.map().entrySet()) {
            mapped.append(" WHEN ")
                    .append(sql.literal(entry.getKey()))
                    .append(" THEN ")
                    .append(sql.literal(entry.getValue()));
        }
        return mapped.append(" END").toString();
    }
}
