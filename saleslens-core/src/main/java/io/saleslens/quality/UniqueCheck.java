package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A key (one or several columns) must not repeat. The first row of each key passes; every further row
 * with the same key fails, so the failed count is the number of extra rows. Rows with a missing key part
 * are left to not_null.
 */
record UniqueCheck(String source, CheckSpec spec) implements RowCheck {

    @Override
    public String threshold() {
        return "each " + String.join(" + ", spec.columns()) + " once";
    }

    /**
     * The first line of every repeated key: a GROUP BY keeps only the keys that repeat, so the join is
     * small and no window has to sort the whole source.
     */
    @Override
    public String join(SqlDialect sql, String alias) {
        List<String> keys = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> on = new ArrayList<>();
        for (int i = 0; i < spec.columns().size(); i++) {
            String value = ColumnValue.of(sql, spec.columns().get(i));
            // Column names carry the alias: the source's own columns are referenced unqualified beside them.
            keys.add(value + " AS " + alias + "_key_" + i);
            groups.add(value);
            on.add(alias + "." + alias + "_key_" + i + " = " + value);
        }
        String present = spec.columns().stream()
                .map(c -> ColumnValue.of(sql, c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        return "LEFT JOIN (SELECT " + String.join(", ", keys) + ", min(_line) AS " + alias + "_first FROM "
                + Tables.bronze(source) + " WHERE " + present + " GROUP BY " + String.join(", ", groups)
                + " HAVING count(*) > 1) " + alias + " ON " + String.join(" AND ", on);
    }

    @Override
    public String failsWhere(SqlDialect sql, String joined) {
        String first = joined + "." + joined + "_first";
        return first + " IS NOT NULL AND _line > " + first;
    }

    @Override
    public String shownValue(SqlDialect sql) {
        return "concat_ws(' | ', "
                + spec.columns().stream().map(c -> ColumnValue.of(sql, c)).collect(Collectors.joining(", ")) + ")";
    }
}
