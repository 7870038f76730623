package io.saleslens.spark;

import io.saleslens.engine.DatePatterns;
import io.saleslens.engine.SqlDialect;
import java.util.Map;
import java.util.stream.Collectors;

/** Spark SQL's spelling of what differs from DuckDB. Spark runs with ANSI mode off, so a failed cast is null. */
final class SparkDialect implements SqlDialect {

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String literal(String value) {
        // Spark reads '' inside a literal as two adjacent literals; quotes and backslashes are escaped with a
        // backslash.
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public String parseDate(String text, String javaPattern, String zone) {
        if (javaPattern == null) {
            // Spark's cast to DATE keeps the date as written and ignores a time and an offset after it.
            String asWritten = "CAST(" + text + " AS DATE)";
            String value = zone == null
                    ? asWritten
                    : "CASE WHEN " + matches(text, DatePatterns.ISO_WITH_OFFSET) + " THEN "
                            + inZone("CAST(" + text + " AS TIMESTAMP)", zone) + " ELSE " + asWritten + " END";
            return "CASE WHEN " + matches(text, DatePatterns.ISO_DATE) + " THEN " + value + " END";
        }
        if (DatePatterns.hasOffset(javaPattern)) {
            if (zone == null) {
                return "to_date(" + replaceAll(text, DatePatterns.OFFSET_SUFFIX, "") + ", "
                        + literal(DatePatterns.withoutOffset(javaPattern)) + ")";
            }
            return inZone("to_timestamp(" + text + ", " + literal(javaPattern) + ")", zone);
        }
        String parsed = "to_date(" + text + ", " + literal(javaPattern) + ")";
        if (DatePatterns.isFixedWidth(javaPattern)) {
            return "CASE WHEN length(" + text + ") = " + javaPattern.length() + " THEN " + parsed + " END";
        }
        return parsed;
    }

    /** The session runs in UTC, so an instant's wall-clock time in a zone is from_utc_timestamp's. */
    private String inZone(String instant, String zone) {
        return "to_date(from_utc_timestamp(" + instant + ", " + literal(zone) + "))";
    }

    @Override
    public String firstNonNullOver(String expression, String partitionBy, String orderBy) {
        return "first_value(" + expression + ", true) OVER (PARTITION BY " + partitionBy + " ORDER BY " + orderBy
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)";
    }

    @Override
    public String replaceAll(String text, String regex, String replacement) {
        return "regexp_replace(" + text + ", " + literal(regex) + ", " + literal(replacement) + ")";
    }

    @Override
    public String tryInteger(String text) {
        return "CASE WHEN " + matches(text, "[+-]?[0-9]{1,18}") + " THEN CAST(" + text + " AS BIGINT) END";
    }

    @Override
    public String tryDecimal(String text) {
        return "CAST(" + text + " AS DOUBLE)";
    }

    @Override
    public String yearMonth(String date) {
        return "date_format(" + date + ", 'yyyy-MM')";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "datediff(" + to + ", " + from + ")";
    }

    @Override
    public String addDays(String date, int days) {
        return "date_add(" + date + ", " + days + ")";
    }

    @Override
    public String dateSeries(String first, String last) {
        return "SELECT explode(sequence(" + first + ", " + last + ", INTERVAL 1 DAY)) AS date";
    }

    @Override
    public String matches(String text, String regex) {
        return "(" + text + " RLIKE " + literal("^(?:" + regex + ")$") + ")";
    }

    @Override
    public String inPart(String expression, int part, int parts) {
        return parts == 1 ? "true" : "pmod(hash(" + expression + "), " + parts + ") = " + part;
    }

    @Override
    public String createTable(String table, String query) {
        // The session catalog cannot REPLACE a table; SparkEngine starts every run with empty databases.
        return "CREATE TABLE " + table + " USING parquet AS " + query;
    }

    @Override
    public String dayOfWeek(String date) {
        return "(dayofweek(" + date + ") - 1)";
    }

    @Override
    public String weekStart(String date) {
        // date_trunc gives a timestamp in Spark; weeks start on Monday as in DuckDB.
        return "CAST(date_trunc('WEEK', " + date + ") AS DATE)";
    }

    @Override
    public String smallestValues(String expression, int count) {
        // Spark has no bounded aggregate of the smallest values: the group's values are collected, then sorted.
        return "slice(array_sort(collect_list(" + expression + ")), 1, " + count + ")";
    }

    @Override
    public String struct(Map<String, String> expressionsByName) {
        return "named_struct("
                + expressionsByName.entrySet().stream()
                        .map(field -> literal(field.getKey()) + ", " + field.getValue())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    @Override
    public String listElement(String list, int position) {
        // With ANSI mode off, element_at is null past the end of the list.
        return "element_at(" + list + ", " + position + ")";
    }
}
