package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** A value must be present: blank text counts as missing. */
record NotNullCheck(String source, CheckSpec spec, boolean enforcedByCleaner) implements RowCheck {

    @Override
    public String threshold() {
        return "no missing value";
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        // The same as trimmed(...) IS NULL, with one trim instead of the two that NULLIF(trim(x), '') costs.
        String text = spec.expr() != null
                ? "CAST((" + spec.expr() + ") AS STRING)"
                : sql.quote(spec.columns().get(0));
        return "(" + text + " IS NULL OR trim(" + text + ") = '')";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return spec.columns().isEmpty() ? "NULL" : sql.quote(spec.columns().get(0));
    }
}
