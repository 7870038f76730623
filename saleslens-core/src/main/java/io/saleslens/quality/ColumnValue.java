package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import java.util.List;

/** The SQL of the value a check tests: a source column trimmed (blank is missing) or the check's expression. */
final class ColumnValue {
    private ColumnValue() {}

    /** Trimmed text, null when blank. */
    static String trimmed(SqlDialect sql, CheckSpec spec) {
        if (spec.expr() != null) {
            return "NULLIF(trim(CAST((" + spec.expr() + ") AS STRING)), '')";
        }
        return of(sql, spec.columns().get(0));
    }

    static String of(SqlDialect sql, String column) {
        return "NULLIF(trim(" + sql.quote(column) + "), '')";
    }

    /** The text exactly as the file holds it, null only when empty, so padding stays visible. */
    static String untrimmed(SqlDialect sql, CheckSpec spec) {
        if (spec.expr() != null) {
            return "NULLIF(CAST((" + spec.expr() + ") AS STRING), '')";
        }
        return "NULLIF(" + sql.quote(spec.columns().get(0)) + ", '')";
    }

    static String literalList(SqlDialect sql, List<String> values) {
        return String.join(", ", values.stream().map(sql::literal).toList());
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
