package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import io.saleslens.stage.Tables;

/** A key must exist in another source ({@code references: source.column}). Missing keys are left to not_null. */
record ReferentialCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        return "exists in " + spec.references();
    }

    /** The referenced keys, each once, so the join keeps one row per source row. */
    @Override
    public String join(SqlDialect sql, String alias) {
        int dot = spec.references().indexOf('.');
        String target = Tables.bronze(spec.references().substring(0, dot));
        String targetValue = ColumnValue.of(sql, spec.references().substring(dot + 1));
        return "LEFT JOIN (SELECT DISTINCT " + targetValue + " AS " + alias + "_key FROM " + target + " WHERE "
                + targetValue + " IS NOT NULL) " + alias + " ON " + alias + "." + alias + "_key = "
                + ColumnValue.trimmed(sql, spec);
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        return ColumnValue.trimmed(sql, spec) + " IS NOT NULL AND " + joined + "." + joined + "_key IS NULL";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.trimmed(sql, spec);
    }
}
