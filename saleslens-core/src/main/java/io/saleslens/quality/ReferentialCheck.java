package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.model.SilverTables;
import io.saleslens.spec.CheckSpec;

/** A key must exist in another source ({@code references: source.column}). Missing keys are left to not_null. */
record ReferentialCheck(String source, CheckSpec spec) implements Check {

    @Override
    public String threshold() {
        return "exists in " + spec.references();
    }

    @Override
    public String failsWhere(SqlDialect sql) {
        int dot = spec.references().indexOf('.');
        String target = SilverTables.bronze(spec.references().substring(0, dot));
        String targetValue = ColumnValue.of(sql, spec.references().substring(dot + 1));
        String value = ColumnValue.trimmed(sql, spec);
        return value + " IS NOT NULL AND " + value + " NOT IN (SELECT " + targetValue + " FROM " + target
                + " WHERE " + targetValue + " IS NOT NULL)";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.trimmed(sql, spec);
    }
}
