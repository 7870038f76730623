package io.saleslens.infer;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Profiles every column of a loaded table with queries over all its rows, not a sample: null markers,
 * and how many values look like integers, numbers in either decimal convention, and dates in each form.
 */
final class ColumnProfiler {
    /** Texts that exports use for a missing value. */
    static final List<String> NULL_MARKERS =
            List.of("NULL", "null", "Null", "NA", "N/A", "n/a", "na", "#N/A", "None", "NaN", "nan");

    private static final int TOP_VALUES = 12;
    private static final String CURRENCY = "[$€£¥]?";
    private static final String POINT_NUMBER =
            "[+-]?" + CURRENCY + " ?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?( ?[€$£])?";
    private static final String COMMA_NUMBER =
            "[+-]?" + CURRENCY + " ?[+-]?(\\d{1,3}([. ]\\d{3})+|\\d+)(,\\d+)?( ?[€$£])?";

    /** An order number as shops write it: an optional #, a short letter prefix, digits; never a space. */
    static final String ORDER_CODE = "#?[A-Za-z]{0,4}[-_]?\\d{3,}";
    /** An ISO date-time with a UTC offset, as Shopify writes it: 2024-03-05 14:22:10 -0500. */
    static final String ZONED_TIMESTAMP =
            "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)? ?([+-]\\d{2}:?\\d{2}|Z|UTC)";

    private final Engine engine;
    private final SqlDialect sql;

    ColumnProfiler(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    List<ColumnProfile> profile(String table, List<String> columns) {
        String markers = NULL_MARKERS.stream().map(sql::literal).collect(Collectors.joining(", "));
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String t = "NULLIF(trim(" + sql.quote(columns.get(i)) + "), '')";
            String v = "(CASE WHEN " + t + " IN (" + markers + ") THEN NULL ELSE " + t + " END)";
            String parts = "replace(replace(" + v + ", '.', '/'), '-', '/')";
            String c = "c" + i + "_";
            aggregates.add("count(" + v + ") AS " + c + "values");
            aggregates.add("count(DISTINCT " + v + ") AS " + c + "distinct");
            aggregates.add(countMatching(v, "[+-]?\\d+") + " AS " + c + "integers");
            aggregates.add(countMatching(v, POINT_NUMBER) + " AS " + c + "point");
            aggregates.add(countMatching(v, COMMA_NUMBER) + " AS " + c + "comma");
            aggregates.add(countMatching(v, ".*\\d\\.(\\d{1,2}|\\d{4,})( ?[€$£])?") + " AS " + c + "point_decimals");
            aggregates.add(countMatching(v, ".*\\d,(\\d{1,2}|\\d{4,})( ?[€$£])?") + " AS " + c + "comma_decimals");
            aggregates.add(countMatching(v, ".*[$€£¥].*") + " AS " + c + "currency");
            aggregates.add(
                    countMatching(v, ".*\\d[,. ]\\d{3}([,. ]\\d{3})*([.,]\\d+)?( ?[€$£])?") + " AS " + c + "grouped");
            aggregates.add(countMatching(v, "\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?") + " AS " + c
                    + "iso");
            aggregates.add(countMatching(v, ORDER_CODE) + " AS " + c + "order_codes");
            aggregates.add(countMatching(v, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") + " AS " + c + "emails");
            aggregates.add(countMatching(v, ZONED_TIMESTAMP) + " AS " + c + "zoned");
            aggregates.add(
                    countMatching(v, "(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])") + " AS " + c + "compact");
            String slash = sql.matches(v, "\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{2}|\\d{4})");
            aggregates.add(sql.countWhere(slash) + " AS " + c + "slash");
            aggregates.add(sql.aggregateWhere("max", sql.tryInteger("split_part(" + parts + ", '/', 1)"), slash)
                    + " AS " + c + "first");
            aggregates.add(sql.aggregateWhere("max", sql.tryInteger("split_part(" + parts + ", '/', 2)"), slash)
                    + " AS " + c + "second");
            aggregates.add(
                    sql.countWhere(slash + " AND length(split_part(" + parts + ", '/', 3)) = 2") + " AS " + c + "yy");
            aggregates.add(
                    sql.countWhere(slash + " AND length(split_part(" + parts + ", '/', 3)) = 4") + " AS " + c + "yyyy");
            aggregates.add(sql.countWhere(slash + " AND " + v + " LIKE '%/%'") + " AS " + c + "sep_slash");
            aggregates.add(sql.countWhere(slash + " AND " + v + " LIKE '%.%'") + " AS " + c + "sep_dot");
        }
        Map<String, Object> row = engine.query("SELECT " + String.join(", ", aggregates) + " FROM " + table)
                .get(0);
        Map<String, Map<String, Long>> markersFound = nullMarkers(table, columns, markers);
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String c = "c" + i + "_";
            long distinct = number(row, c + "distinct");
            String separator = number(row, c + "sep_slash") > 0 ? "/" : number(row, c + "sep_dot") > 0 ? "." : "-";
            profiles.add(new ColumnProfile(
                    columns.get(i),
                    number(row, c + "values"),
                    distinct,
                    number(row, c + "integers"),
                    number(row, c + "point"),
                    number(row, c + "comma"),
                    number(row, c + "point_decimals"),
                    number(row, c + "comma_decimals"),
                    number(row, c + "currency"),
                    number(row, c + "grouped"),
                    number(row, c + "iso"),
                    number(row, c + "compact"),
                    number(row, c + "slash"),
                    number(row, c + "first"),
                    number(row, c + "second"),
                    number(row, c + "yy"),
                    number(row, c + "yyyy"),
                    separator,
                    markersFound.getOrDefault(columns.get(i), Map.of()),
                    distinct > 0 && distinct <= TOP_VALUES ? topValues(table, columns.get(i), markers) : List.of(),
                    number(row, c + "order_codes"),
                    number(row, c + "emails"),
                    number(row, c + "zoned")));
        }
        return profiles;
    }

    private String countMatching(String value, String regex) {
        return sql.countWhere(sql.matches(value, regex));
    }

    private Map<String, Map<String, Long>> nullMarkers(String table, List<String> columns, String markers) {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            String t = "trim(" + sql.quote(column) + ")";
            parts.add("SELECT " + sql.literal(column) + " AS column_name, " + t + " AS marker, count(*) AS n FROM "
                    + table + " WHERE " + t + " IN (" + markers + ") GROUP BY " + t);
        }
        Map<String, Map<String, Long>> found = new LinkedHashMap<>();
        if (parts.isEmpty()) {
            return found;
        }
        for (Map<String, Object> r : engine.query(String.join(" UNION ALL ", parts) + " ORDER BY 1, 2")) {
            found.computeIfAbsent((String) r.get("column_name"), k -> new LinkedHashMap<>())
                    .put((String) r.get("marker"), ((Number) r.get("n")).longValue());
        }
        return found;
    }

    private List<String> topValues(String table, String column, String markers) {
        String t = "NULLIF(trim(" + sql.quote(column) + "), '')";
        List<String> values = new ArrayList<>();
        for (Map<String, Object> r :
                engine.query("SELECT " + t + " AS v, count(*) AS n FROM " + table + " WHERE " + t + " IS NOT NULL AND "
                        + t + " NOT IN (" + markers + ") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + TOP_VALUES)) {
            values.add((String) r.get("v"));
        }
        return values;
    }

    private static long number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
