package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives a loaded source the columns its spec reads under the spec's names: a column the file has under an alias
 * (an export that writes Owner where another writes Opportunity Owner) is read under the spec's name, and an
 * optional column the file lacks is read as blank on every line, and a column the spec reads that the file writes
 * in other letter case or with spaces around it (Deal Owner for Deal owner) is read under the spec's name. Exports
 * of the same tool differ in which columns their users chose; a preset reads them all by one name.
 */
final class ColumnAliases {
    private ColumnAliases() {}

    static LoadedTable apply(Engine engine, LoadedTable table, SourceSpec spec, Set<String> needed) {
        SqlDialect sql = engine.dialect();
        List<String> added = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (String column : needed) {
            if (table.columns().contains(column)) {
                continue;
            }
            String wanted = column.trim().toLowerCase(Locale.ROOT);
            List<String> alike = table.columns().stream()
                    .filter(c -> c.trim().toLowerCase(Locale.ROOT).equals(wanted))
                    .toList();
            if (alike.size() == 1) {
                selects.add(sql.quote(alike.get(0)) + " AS " + sql.quote(column));
                added.add(column);
            }
        }
        for (Map.Entry<String, List<String>> alias : spec.aliases().entrySet()) {
            if (table.columns().contains(alias.getKey()) || added.contains(alias.getKey())) {
                continue;
            }
            alias.getValue().stream()
                    .filter(table.columns()::contains)
                    .findFirst()
                    .ifPresent(present -> {
                        selects.add(sql.quote(present) + " AS " + sql.quote(alias.getKey()));
                        added.add(alias.getKey());
                    });
        }
        for (String column : spec.optional()) {
            if (!table.columns().contains(column) && !added.contains(column)) {
                selects.add("CAST(NULL AS STRING) AS " + sql.quote(column));
                added.add(column);
            }
        }
        if (added.isEmpty()) {
            return table;
        }
        BronzeRewrite.replace(
                engine,
                table.table(),
                "aliased",
                "SELECT *, " + String.join(", ", selects).replace("%", "%%") + " FROM %s");
        List<String> columns = new ArrayList<>(table.columns());
        columns.addAll(added);
        return new LoadedTable(
                table.table(), columns, table.rowsLoaded(), table.rowsRejected(), table.blankLines(), table.dialect());
    }
}
