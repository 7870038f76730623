package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** A condition across columns must hold (sales = quantity × |price|); a row where it cannot be evaluated passes. */
record ConsistencyCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        return spec.condition();
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        return "NOT coalesce((" + spec.condition() + "), true)";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return spec.columns().isEmpty() ? "NULL" : ColumnValue.untrimmed(sql, spec);
    }
}
