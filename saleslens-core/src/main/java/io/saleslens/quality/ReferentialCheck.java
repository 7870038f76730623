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

    /**
     * The lines of this source whose key the other source lacks: a small relation, one row per failing line. Joining
     * the referenced keys themselves made the pass over the source carry every checked column through a hash join of
     * all the other source's keys, which spilled at 100M lines; here only the line and the key go through it.
     */
    @Override
    public String join(SqlDialect sql, String alias) {
        int dot = spec.references().indexOf('.');
        String target = Tables.bronze(spec.references().substring(0, dot));
        String targetValue = ColumnValue.of(sql, spec.references().substring(dot + 1));
        String key = ColumnValue.trimmed(sql, spec);
        return "LEFT JOIN (SELECT _line AS " + alias + "_line FROM " + Tables.bronze(source)
                + " LEFT JOIN (SELECT DISTINCT "
                + targetValue + " AS " + alias + "_key FROM " + target + " WHERE " + targetValue + " IS NOT NULL) "
                + alias + "_keys ON " + alias + "_keys." + alias + "_key = " + key + " WHERE " + key
                + " IS NOT NULL AND "
                + alias + "_keys." + alias + "_key IS NULL) " + alias + " ON " + alias + "." + alias + "_line = _line";
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        return joined + "." + joined + "_line IS NOT NULL";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.trimmed(sql, spec);
    }
}
