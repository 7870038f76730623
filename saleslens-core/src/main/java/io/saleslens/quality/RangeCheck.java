package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import io.saleslens.stage.ColumnExpressions;

/**
 * A value must be a number within bounds; text that is not a number fails too, and so do NaN, the infinities and
 * magnitudes beyond {@link ColumnExpressions#MAX_MAGNITUDE}. Missing values are left to not_null.
 */
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
        // NaN, the infinities and magnitudes cleaning would not keep are not numbers within any bounds; NaN compares
        // above every number on both engines, so a minimum alone would let it pass.
        StringBuilder outside = new StringBuilder(
                number + " IS NULL OR NOT (abs(" + number + ") <= " + ColumnExpressions.MAX_MAGNITUDE + ")");
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
