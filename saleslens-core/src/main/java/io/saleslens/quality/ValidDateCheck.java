package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** A value must be a date in the check's format and, when asked, plausible: not after today, not before a year. */
record ValidDateCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        String text = "a date (" + (spec.format() == null ? "yyyy-MM-dd" : spec.format()) + ")";
        if (spec.notBefore() != null) {
            text += " from " + spec.notBefore();
        }
        return spec.notInFuture() ? text + ", not after the run date" : text;
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        String value = ColumnValue.trimmed(sql, spec);
        String date = sql.parseDate(value, spec.format());
        StringBuilder invalid = new StringBuilder(date + " IS NULL");
        if (spec.notInFuture()) {
            invalid.append(" OR ").append(date).append(" > current_date");
        }
        if (spec.notBefore() != null) {
            invalid.append(" OR ").append(date).append(" < DATE ").append(sql.literal(spec.notBefore() + "-01-01"));
        }
        return value + " IS NOT NULL AND (" + invalid + ")";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.untrimmed(sql, spec);
    }
}
