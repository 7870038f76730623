package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** A value must be present: blank text counts as missing. */
record NotNullCheck(String source, CheckSpec spec, boolean enforcedByCleaner) implements Check {

    @Override
    public String threshold() {
        return "no missing value";
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        return ColumnValue.trimmed(sql, spec) + " IS NULL";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return spec.columns().isEmpty() ? "NULL" : sql.quote(spec.columns().get(0));
    }
}
