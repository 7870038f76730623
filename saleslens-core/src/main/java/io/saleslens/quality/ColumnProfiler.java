package io.saleslens.quality;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile of every column of a bronze table: share missing (blank counts as missing), distinct values,
 * minimum and maximum (numeric when every value is a number, else text order), and the five most
 * frequent values. One aggregate query per table plus one small query per column.
 */
public final class ColumnProfiler {
    private final Engine engine;
    private final SqlDialect sql;

    public ColumnProfiler(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    public ObjectNode profile(String table, List<String> columns) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        if (columns.isEmpty()) {
            return profile;
        }
        List<String> aggregates = new ArrayList<>(List.of("count(*) AS rows"));
        for (int i = 0; i < columns.size(); i++) {
            String value = ColumnValue.of(sql, columns.get(i));
            String number = sql.tryDecimal(value);
            aggregates.add("count(" + value + ") AS present_" + i);
            aggregates.add("count(DISTINCT " + value + ") AS distinct_" + i);
            aggregates.add("min(" + value + ") AS min_" + i);
            aggregates.add("max(" + value + ") AS max_" + i);
            aggregates.add("count(" + number + ") AS numbers_" + i);
            aggregates.add("min(" + number + ") AS min_number_" + i);
            aggregates.add("max(" + number + ") AS max_number_" + i);
        }
        Map<String, Object> stats = engine.query("SELECT " + String.join(", ", aggregates) + " FROM " + table).get(0);
        long rows = ((Number) stats.get("rows")).longValue();
        Map<Integer, List<Map<String, Object>>> topValues = topValues(table, columns);
        for (int i = 0; i < columns.size(); i++) {
            ObjectNode column = profile.putObject(columns.get(i));
            long present = ((Number) stats.get("present_" + i)).longValue();
            boolean numeric = present > 0 && present == ((Number) stats.get("numbers_" + i)).longValue();
            column.put("null_share", rows == 0 ? 0.0 : (double) (rows - present) / rows);
            column.put("distinct", ((Number) stats.get("distinct_" + i)).longValue());
            column.putPOJO("min", stats.get((numeric ? "min_number_" : "min_") + i));
            column.putPOJO("max", stats.get((numeric ? "max_number_" : "max_") + i));
            var top = column.putArray("top");
            topValues.getOrDefault(i, List.of()).forEach(row -> top.addObject()
                    .put("value", (String) row.get("value")).put("rows", ((Number) row.get("rows")).longValue()));
        }
        return profile;
    }

    /** The five most frequent values of every column, in one query: a query per column costs more than its work. */
    private Map<Integer, List<Map<String, Object>>> topValues(String table, List<String> columns) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = ColumnValue.of(sql, columns.get(i));
            parts.add("SELECT * FROM (SELECT " + i + " AS position, " + value + " AS value, count(*) AS rows FROM " + table + " WHERE "
                    + value + " IS NOT NULL GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 5) top_" + i);
        }
        Map<Integer, List<Map<String, Object>>> byColumn = new HashMap<>();
        engine.query(String.join(" UNION ALL ", parts) + " ORDER BY position, rows DESC, value").forEach(row ->
                byColumn.computeIfAbsent(((Number) row.get("position")).intValue(), k -> new ArrayList<>()).add(row));
        return byColumn;
    }
}
