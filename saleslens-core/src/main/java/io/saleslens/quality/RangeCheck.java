package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/** A value must be a number within bounds; text that is not a number fails too. Missing values are left to not_null. */
record RangeCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        String low = spec.min() == null ? "" : (spec.strict() ? "> " : ">= ") + ColumnValue.number(spec.min());
        String high = spec.max() == null ? "" : (spec.strict() ? "< " : "<= ") + ColumnValue.number(spec.max());
        return "a number " + (low + (low.isEmpty() || high.isEmpty() ? "" : " and ") + high);
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        String value = ColumnValue.trimmed(sql, spec);
        String number = sql.tryDecimal(value);
        StringBuilder outside = new StringBuilder(number + " IS NULL");
        if (spec.min() != null) {
            outside.append(" OR ")
                    .append(number)
                    .append(spec.strict() ? " <= " : " < ")
                    .append(sql.doubleLiteral(spec.min()));
        }
        if (spec.max() != null) {
            outside.append(" OR ")
                    .append(number)
                    .append(spec.strict() ? " >= " : " > ")
                    .append(sql.doubleLiteral(spec.max()));
        }
        return value + " IS NOT NULL AND (" + outside + ")";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return ColumnValue.untrimmed(sql, spec);
    }
}
