package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** The newest date in a column must be at most {@code max_age_days} before the run date. */
record FreshnessCheck(String source, CheckSpec spec) implements TableCheck {

    @Override
    public String threshold() {
        return "newest date at most " + spec.maxAgeDays() + " days old";
    }

    @Override
    public String measure(SqlDialect sql, String bronzeTable) {
        String newest = "max(" + sql.parseDate(ColumnValue.trimmed(sql, spec), spec.format()) + ")";
        String age = sql.daysBetween(newest, "current_date");
        return "SELECT coalesce(CAST(" + newest + " AS STRING) || ' (' || CAST(" + age
                + " AS STRING) || ' days old)', 'no valid date')" + " AS observed, coalesce(" + age + " > "
                + spec.maxAgeDays() + ", true) AS failed FROM " + bronzeTable;
    }
}
