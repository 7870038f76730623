package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** The text exactly as the file holds it (padding included) must match a regular expression. */
record PatternCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        return "matches " + spec.pattern();
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        String value = ColumnValue.untrimmed(sql, spec);
        return value + " IS NOT NULL AND NOT " + sql.matches(value, spec.pattern());
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.untrimmed(sql, spec);
    }
}
