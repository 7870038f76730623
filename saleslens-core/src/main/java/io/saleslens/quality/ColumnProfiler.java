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
 * <p>Every figure derives from each column's value counts: one statement groups each column by its trimmed value
 * (column, value, rows) and aggregates those groups per column straight away, so each value is trimmed, counted and
 * parsed as a number once, and the value counts, one row per distinct value of every column, are never written.
 */
public final class ColumnProfiler {
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
     * profiled by one query, whatever the number of tables (on Spark each statement is a job, so the count
     * matters more than the work).
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
        // A query groups at most GROUPS_PER_STATEMENT columns: a union of thousands of aggregates (a file with a
        // 2,000-name header) takes the engine minutes and gigabytes to plan and run, a few such queries seconds.
        Map<Integer, Map<String, Object>> stats = new HashMap<>();
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
            engine.query(profileQuery(String.join(" UNION ALL ", groups)))
                    .forEach(row -> stats.put(((Number) row.get("_position")).intValue(), row));
            narrowTables.forEach(table -> engine.execute("DROP TABLE IF EXISTS " + table));
            narrowTables.clear();
        }
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
            for (int rank = 1; rank <= TOP && stat.get("top_value_" + rank) != null; rank++) {
                top.addObject()
                        .put("value", (String) stat.get("top_value_" + rank))
                        .put("rows", count(stat, "top_rows_" + rank));
            }
        }
        return profiles;
    }

    /**
     * One row per column of the value counts {@code groups} (_position, value, frequency) with its figures and its
     * five most frequent values, ties in text order. Those are the five smallest of the (minus frequency, value)
     * pairs, found by an aggregate that keeps five per column as it reads, not by ranking the values: a column of
     * unique values ties all of them, and sorting them grew faster than the lines.
     */
    private String profileQuery(String groups) {
        Map<String, String> rankKey = new LinkedHashMap<>();
        rankKey.put("minus_rows", "-frequency");
        rankKey.put("value", "value");
        StringBuilder topColumns = new StringBuilder();
        for (int rank = 1; rank <= TOP; rank++) {
            String element = "(" + sql.listElement("top", rank) + ")";
            topColumns
                    .append(", ")
                    .append(element)
                    .append(".value AS top_value_")
                    .append(rank);
            topColumns
                    .append(", -")
                    .append(element)
                    .append(".minus_rows AS top_rows_")
                    .append(rank);
        }
        return "SELECT _position, row_count, present, distinct_values, min_text, max_text, numbers, min_number,"
                + " max_number" + topColumns + " FROM (SELECT _position, sum(frequency) AS row_count,"
                + " sum(CASE WHEN value IS NOT NULL THEN frequency ELSE 0 END) AS present,"
                + " count(value) AS distinct_values, min(value) AS min_text, max(value) AS max_text,"
                + " sum(CASE WHEN number IS NOT NULL THEN frequency ELSE 0 END) AS numbers, min(number) AS min_number,"
                + " max(number) AS max_number, "
                + sql.smallestValues("CASE WHEN value IS NOT NULL THEN " + sql.struct(rankKey) + " END", TOP)
                + " AS top FROM (SELECT _position, value, frequency, " + sql.tryDecimal("value") + " AS number FROM ("
                + groups + ") g) v GROUP BY _position) s";
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
}
