package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import java.util.stream.Collectors;

/**
 * A key (one or several columns) must not repeat. The first row of each key passes; every further row
 * with the same key fails, so the failed count is the number of extra rows. Rows with a missing key part
 * are left to not_null.
 */
record UniqueCheck(String source, CheckSpec spec) implements Check {

    @Override
    public String threshold() {
        return "each " + String.join(" + ", spec.columns()) + " once";
    }

    @Override
    public String failsWhere(SqlDialect sql) {
        String keys = spec.columns().stream().map(c -> ColumnValue.of(sql, c)).collect(Collectors.joining(", "));
        String present = spec.columns().stream().map(c -> ColumnValue.of(sql, c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        return "_line IN (SELECT _line FROM (SELECT _line, row_number() OVER (PARTITION BY " + keys + " ORDER BY _line) AS _rank"
                + " FROM " + io.saleslens.model.SilverTables.bronze(source) + " WHERE " + present + ") ranked WHERE _rank > 1)";
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return "concat_ws(' | ', " + spec.columns().stream().map(c -> ColumnValue.of(sql, c)).collect(Collectors.joining(", ")) + ")";
    }
}
