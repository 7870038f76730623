package io.saleslens.engine;

import java.util.Map;
import java.util.stream.Collectors;

/** DuckDB's spelling of the functions that differ between engines. */
final class DuckDbDialect implements SqlDialect {

    @Override
    public String parseDate(String text, String javaPattern, String zone) {
        if (javaPattern == null) {
            // A cast to DATE keeps the date as written and ignores a time and an offset after it.
            String asWritten = "TRY_CAST(" + text + " AS DATE)";
            String value = zone == null
                    ? asWritten
                    : "CASE WHEN " + matches(text, DatePatterns.ISO_WITH_OFFSET) + " THEN "
                            + inZone("TRY_CAST(" + text + " AS TIMESTAMPTZ)", zone) + " ELSE " + asWritten + " END";
            return "CASE WHEN " + matches(text, DatePatterns.ISO_DATE) + " THEN " + value + " END";
        }
        if (DatePatterns.hasOffset(javaPattern)) {
            if (zone == null) {
                return "CAST(try_strptime(" + replaceAll(text, DatePatterns.OFFSET_SUFFIX, "") + ", "
                        + literal(DatePatterns.toStrftime(DatePatterns.withoutOffset(javaPattern))) + ") AS DATE)";
            }
            // strptime's %z reads +0000 and -05:00 but not Z.
            return inZone(
                    "try_strptime(" + replaceAll(text, "Z$", "+0000") + ", "
                            + literal(DatePatterns.toStrftime(javaPattern)) + ")",
                    zone);
        }
        String parsed =
                "CAST(try_strptime(" + text + ", " + literal(DatePatterns.toStrftime(javaPattern)) + ") AS DATE)";
        // strptime accepts short numbers such as 5489 for yyyyMMdd; a fixed-width pattern needs its full width.
        if (DatePatterns.isFixedWidth(javaPattern)) {
            return "CASE WHEN length(" + text + ") = " + javaPattern.length() + " THEN " + parsed + " END";
        }
        return parsed;
    }

    private String inZone(String instant, String zone) {
        return "CAST(timezone(" + literal(zone) + ", " + instant + ") AS DATE)";
    }

    @Override
    public String firstNonNullOver(String expression, String partitionBy, String orderBy) {
        return "first_value(" + expression + " IGNORE NULLS) OVER (PARTITION BY " + partitionBy + " ORDER BY " + orderBy
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)";
    }

    @Override
    public String replaceAll(String text, String regex, String replacement) {
        return "regexp_replace(" + text + ", " + literal(regex) + ", " + literal(replacement) + ", 'g')";
    }

    @Override
    public String tryInteger(String text) {
        // TRY_CAST alone rounds '12.5' to 13; an integer is an optional sign and digits, as on every engine.
        return "CASE WHEN " + matches(text, "[+-]?[0-9]{1,18}") + " THEN TRY_CAST(" + text + " AS BIGINT) END";
    }

    @Override
    public String tryDecimal(String text) {
        return "TRY_CAST(" + text + " AS DOUBLE)";
    }

    @Override
    public String yearMonth(String date) {
        return "strftime(" + date + ", '%Y-%m')";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "date_diff('day', " + from + ", " + to + ")";
    }

    @Override
    public String addDays(String date, int days) {
        return "CAST(" + date + " + (" + days + ") AS DATE)";
    }

    @Override
    public String dateSeries(String first, String last) {
        return "SELECT CAST(range AS DATE) AS date FROM range(CAST(" + first + " AS TIMESTAMP), CAST(" + last
                + " AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY)";
    }

    @Override
    public String matches(String text, String regex) {
        return "regexp_full_match(" + text + ", " + literal(regex) + ")";
    }

    @Override
    public String inPart(String expression, int part, int parts) {
        return parts == 1 ? "true" : "hash(" + expression + ") % " + parts + " = " + part;
    }

    @Override
    public String createTable(String table, String query) {
        return "CREATE OR REPLACE TABLE " + table + " AS " + query;
    }

    @Override
    public String dayOfWeek(String date) {
        return "dayofweek(" + date + ")";
    }

    @Override
    public String weekStart(String date) {
        return "CAST(date_trunc('week', " + date + ") AS DATE)";
    }

    @Override
    public String smallestValues(String expression, int count) {
        return "min(" + expression + ", " + count + ")";
    }

    @Override
    public String struct(Map<String, String> expressionsByName) {
        return "struct_pack("
                + expressionsByName.entrySet().stream()
                        .map(field -> quote(field.getKey()) + " := " + field.getValue())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    @Override
    public String listElement(String list, int position) {
        return "list_extract(" + list + ", " + position + ")";
    }
}
