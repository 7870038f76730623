package io.saleslens.quality;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile of every column of a bronze table: share missing (blank counts as missing), distinct values,
 * minimum and maximum (numeric when every value is a number, else text order), and the five most
 * frequent values.
 *
 * <p>Every figure derives from each column's value counts, so the table is grouped once per column into
 * {@link #VALUES} (column, value, rows) and both queries read that: trimming, counting distinct values and
 * finding the most frequent ones each once per value, and number parsing once per distinct value.
 */
public final class ColumnProfiler {
    static final String VALUES = Tables.scratch("profile", "values");
    private static final int TOP = 5;
    private static final int GROUPS_PER_STATEMENT = 64;

    private final Engine engine;
    private final SqlDialect sql;

    public ColumnProfiler(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /** The profile of one table's columns. */
    public ObjectNode profile(String table, List<String> columns) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put(table, columns);
        return (ObjectNode) profiles(tables).get(table);
    }

    /**
     * The profiles of several tables' columns ({@code table -> columns}), keyed by table: all columns are
     * grouped in one statement and read by two queries, whatever the number of tables (on Spark each
     * statement is a job, so the count matters more than the work).
     */
    public ObjectNode profiles(Map<String, List<String>> columnsByTable) {
        List<String> tables = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        columnsByTable.forEach((table, names) -> names.forEach(name -> {
            tables.add(table);
            columns.add(name);
        }));
        ObjectNode profiles = JsonNodeFactory.instance.objectNode();
        columnsByTable.keySet().forEach(profiles::putObject);
        if (columns.isEmpty()) {
            return profiles;
        }
        // A statement groups at most GROUPS_PER_STATEMENT columns: a union of thousands of aggregates (a file with a
        // 2,000-name header) takes the engine minutes and gigabytes to plan and run, a few such statements seconds.
        List<String> narrowTables = new ArrayList<>();
        for (int from = 0; from < columns.size(); from += GROUPS_PER_STATEMENT) {
            int to = Math.min(columns.size(), from + GROUPS_PER_STATEMENT);
            List<String> groups = new ArrayList<>();
            Map<String, String> narrow = narrowWideTables(columnsByTable, tables, columns, from, to, narrowTables);
            for (int i = from; i < to; i++) {
                String value = narrow.containsKey(tables.get(i))
                        ? "SELECT " + sql.quote("v" + i) + " AS value FROM " + narrow.get(tables.get(i))
                        : "SELECT " + ColumnValue.of(sql, columns.get(i)) + " AS value FROM " + tables.get(i);
                groups.add("SELECT " + i + " AS _position, value, count(*) AS frequency FROM (" + value + ") v" + i
                        + " GROUP BY value");
            }
            if (from == 0) {
                engine.replaceTable(VALUES, String.join(" UNION ALL ", groups));
            } else {
                engine.execute("INSERT INTO " + VALUES + " " + String.join(" UNION ALL ", groups));
            }
            narrowTables.forEach(table -> engine.execute("DROP TABLE IF EXISTS " + table));
            narrowTables.clear();
        }
        Map<Integer, Map<String, Object>> stats = new HashMap<>();
        engine.query(
                        "SELECT _position, sum(frequency) AS row_count, sum(CASE WHEN value IS NOT NULL THEN frequency ELSE 0 END) AS present,"
                                + " count(value) AS distinct_values, min(value) AS min_text, max(value) AS max_text,"
                                + " sum(CASE WHEN number IS NOT NULL THEN frequency ELSE 0 END) AS numbers, min(number) AS min_number,"
                                + " max(number) AS max_number FROM (SELECT _position, value, frequency, "
                                + sql.tryDecimal("value") + " AS number FROM "
                                + VALUES + ") v GROUP BY _position")
                .forEach(row -> stats.put(((Number) row.get("_position")).intValue(), row));
        Map<Integer, List<Map<String, Object>>> topValues = topValues();
        engine.execute("DROP TABLE IF EXISTS " + VALUES);
        for (int i = 0; i < columns.size(); i++) {
            ObjectNode column = ((ObjectNode) profiles.get(tables.get(i))).putObject(columns.get(i));
            Map<String, Object> stat = stats.getOrDefault(i, Map.of());
            // Every column of a table has a group per value, the missing included, so its frequencies add up to the
            // table's rows.
            long rows = count(stat, "row_count");
            long present = count(stat, "present");
            boolean numeric = present > 0 && present == count(stat, "numbers");
            column.put("null_share", rows == 0 ? 0.0 : (double) (rows - present) / rows);
            column.put("distinct", count(stat, "distinct_values"));
            column.putPOJO("min", stat.get(numeric ? "min_number" : "min_text"));
            column.putPOJO("max", stat.get(numeric ? "max_number" : "max_text"));
            var top = column.putArray("top");
            topValues
                    .getOrDefault(i, List.of())
                    .forEach(row -> top.addObject()
                            .put("value", (String) row.get("value"))
                            .put("rows", ((Number) row.get("frequency")).longValue()));
        }
        return profiles;
    }

    /**
     * For each table of columns {@code from..to} that has more columns than a statement groups, a scratch table of just
     * those columns' trimmed values ({@code v<position>}), keyed by the table it narrows. Every reference to a table
     * of thousands of columns costs the engine time in proportion to them, so grouping 64 of its columns straight
     * from it makes the profile grow with the square of its width; read once per batch into a narrow table, it grows
     * in proportion.
     */
    private Map<String, String> narrowWideTables(
            Map<String, List<String>> columnsByTable,
            List<String> tables,
            List<String> columns,
            int from,
            int to,
            List<String> narrowTables) {
        Map<String, List<Integer>> positionsByTable = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            if (columnsByTable.get(tables.get(i)).size() > GROUPS_PER_STATEMENT) {
                positionsByTable
                        .computeIfAbsent(tables.get(i), t -> new ArrayList<>())
                        .add(i);
            }
        }
        Map<String, String> narrow = new LinkedHashMap<>();
        positionsByTable.forEach((table, positions) -> {
            String name = Tables.scratch("profile", "narrow_" + narrowTables.size());
            engine.replaceTable(
                    name,
                    "SELECT "
                            + String.join(
                                    ", ",
                                    positions.stream()
                                            .map(i -> ColumnValue.of(sql, columns.get(i)) + " AS " + sql.quote("v" + i))
                                            .toList())
                            + " FROM " + table);
            narrowTables.add(name);
            narrow.put(table, name);
        });
        return narrow;
    }

    private static long count(Map<String, Object> stat, String name) {
        Object value = stat.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The five most frequent values of every column (ties in text order). Ranking every value would sort
     * them all; only the values at least as frequent as a column's fifth most frequent one can be in its
     * top five, and the frequencies a column has are few, so they are found first. Fewer than five values are
     * more frequent than that cutoff; of those exactly as frequent, only the five first in text order can be
     * needed, and each column's are found by an aggregate that keeps five, not by sorting them: a column of
     * unique values has all its values at the cutoff, and sorting them grew faster than the lines.
     */
    private Map<Integer, List<Map<String, Object>>> topValues() {
        String counts = "SELECT _position, frequency, count(*) AS values_with FROM " + VALUES
                + " WHERE value IS NOT NULL" + " GROUP BY _position, frequency";
        String cutoffs =
                "SELECT _position, max(frequency) AS cutoff FROM (SELECT _position, frequency, sum(values_with) OVER"
                        + " (PARTITION BY _position ORDER BY frequency DESC) AS at_least FROM (" + counts
                        + ") c) a WHERE at_least >= " + TOP
                        + " GROUP BY _position";
        String aboveCutoff = "SELECT v._position, v.value, v.frequency FROM " + VALUES + " v LEFT JOIN cutoffs t"
                + " ON t._position = v._position WHERE v.value IS NOT NULL AND (t.cutoff IS NULL OR v.frequency > t.cutoff)";
        String atCutoff = "SELECT _position, " + sql.unnest("firsts") + " AS value, cutoff AS frequency FROM (SELECT"
                + " v._position, t.cutoff, " + sql.smallestValues("v.value", TOP) + " AS firsts FROM " + VALUES
                + " v JOIN cutoffs t ON t._position = v._position AND v.frequency = t.cutoff"
                + " WHERE v.value IS NOT NULL GROUP BY v._position, t.cutoff) ties";
        String candidates = aboveCutoff + " UNION ALL " + atCutoff;
        Map<Integer, List<Map<String, Object>>> byColumn = new HashMap<>();
        engine.query("WITH cutoffs AS (" + cutoffs
                        + ") SELECT _position, value, frequency FROM (SELECT _position, value,"
                        + " frequency, row_number() OVER (PARTITION BY _position ORDER BY frequency DESC, value) AS _rank"
                        + " FROM (" + candidates
                        + ") candidates) ranked WHERE _rank <= "
                        + TOP + " ORDER BY _position, frequency DESC, value")
                .forEach(row -> byColumn.computeIfAbsent(
                                ((Number) row.get("_position")).intValue(), k -> new ArrayList<>())
                        .add(row));
        return byColumn;
    }
}
