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
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            groups.add("SELECT " + i + " AS _position, value, count(*) AS frequency FROM (SELECT "
                    + ColumnValue.of(sql, columns.get(i)) + " AS value FROM " + tables.get(i) + ") v" + i
                    + " GROUP BY value");
        }
        // A statement groups at most GROUPS_PER_STATEMENT columns: a union of thousands of aggregates (a file with a
        // 2,000-name header) takes the engine minutes and gigabytes to plan and run, a few such statements seconds.
        engine.replaceTable(
                VALUES, String.join(" UNION ALL ", groups.subList(0, Math.min(groups.size(), GROUPS_PER_STATEMENT))));
        for (int from = GROUPS_PER_STATEMENT; from < groups.size(); from += GROUPS_PER_STATEMENT) {
            engine.execute("INSERT INTO " + VALUES + " "
                    + String.join(
                            " UNION ALL ", groups.subList(from, Math.min(groups.size(), from + GROUPS_PER_STATEMENT))));
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

    private static long count(Map<String, Object> stat, String name) {
        Object value = stat.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The five most frequent values of every column (ties in text order). Ranking every value would sort
     * them all; only the values at least as frequent as a column's fifth most frequent one can be in its
     * top five, and the frequencies a column has are few, so they are found first.
     */
    private Map<Integer, List<Map<String, Object>>> topValues() {
        String counts = "SELECT _position, frequency, count(*) AS values_with FROM " + VALUES
                + " WHERE value IS NOT NULL" + " GROUP BY _position, frequency";
        String cutoffs =
                "SELECT _position, max(frequency) AS cutoff FROM (SELECT _position, frequency, sum(values_with) OVER"
                        + " (PARTITION BY _position ORDER BY frequency DESC) AS at_least FROM (" + counts
                        + ") c) a WHERE at_least >= " + TOP
                        + " GROUP BY _position";
        String candidates =
                "SELECT v._position, v.value, v.frequency FROM " + VALUES + " v LEFT JOIN (" + cutoffs + ") t"
                        + " ON t._position = v._position WHERE v.value IS NOT NULL AND (t.cutoff IS NULL OR v.frequency >= t.cutoff)";
        Map<Integer, List<Map<String, Object>>> byColumn = new HashMap<>();
        engine.query(
                        "SELECT _position, value, frequency FROM (SELECT _position, value, frequency, row_number() OVER (PARTITION BY"
                                + " _position ORDER BY frequency DESC, value) AS _rank FROM (" + candidates
                                + ") candidates) ranked WHERE _rank <= "
                                + TOP + " ORDER BY _position, frequency DESC, value")
                .forEach(row -> byColumn.computeIfAbsent(
                                ((Number) row.get("_position")).intValue(), k -> new ArrayList<>())
                        .add(row));
        return byColumn;
    }
}
