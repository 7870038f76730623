package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data-quality check on a source, as the spec's {@code checks} section declares it. Row checks test
 * one value per row: a source column ({@code column}, trimmed, blank is missing) or a SQL expression over
 * the source's raw text columns ({@code expr}); {@code unique} may span several {@code columns}.
 *
 * @param rule not_null, unique, accepted_values, range, pattern, valid_date, referential, consistency,
 *     freshness or row_count
 * @param values accepted_values: the accepted spellings
 * @param map accepted_values: known variants and the accepted value that replaces each
 * @param strict range: exclusive bounds (a value equal to min or max fails)
 * @param format valid_date and freshness: date pattern in Java notation (yyyyMMdd); ISO dates when null
 * @param notBefore valid_date: the earliest plausible year
 * @param notInFuture valid_date: a date after today fails
 * @param references referential: {@code source.column} whose values the checked value must be among
 * @param condition consistency: SQL over the raw columns that must hold; a row where it is false fails
 * @param maxAgeDays freshness: the newest date may be at most this many days before today
 * @param fix repair: SQL over {@code value} giving the repaired value, logged in repairs.csv
 * @param repairedBy repair: the entity repair rule ({@code entity.column}) that fixes the failing rows
 * @param threshold the share of rows that must pass (1 when null): a check fails when its pass rate is below
 */
public record CheckSpec(
        String id,
        String rule,
        String column,
        List<String> columns,
        String expr,
        List<String> values,
        Map<String, String> map,
        Double min,
        Double max,
        boolean strict,
        String pattern,
        String format,
        Integer notBefore,
        boolean notInFuture,
        String references,
        String condition,
        Integer maxAgeDays,
        Long minRows,
        Long maxRows,
        String dimension,
        String severity,
        String action,
        String fix,
        String repairedBy,
        Double threshold) {

    public static final List<String> RULES = List.of("not_null", "unique", "accepted_values", "range", "pattern",
            "valid_date", "referential", "consistency", "freshness", "row_count");
    public static final List<String> ACTIONS = List.of("quarantine", "repair", "flag");
    public static final List<String> SEVERITIES = List.of("fail", "warn");
    public static final List<String> DIMENSIONS = List.of("completeness", "validity", "uniqueness", "consistency",
            "integrity", "timeliness");
    private static final Set<String> TABLE_RULES = Set.of("row_count", "freshness");

    public CheckSpec {
        requireNonNull(rule, "a check needs a 'rule'");
        if (!RULES.contains(rule)) {
            throw new IllegalArgumentException("unknown check rule '" + rule + "' (use " + String.join(", ", RULES) + ")");
        }
        columns = columns == null ? (column == null ? List.of() : List.of(column)) : List.copyOf(columns);
        column = column == null && !columns.isEmpty() ? String.join("+", columns) : column;
        values = values == null ? List.of() : List.copyOf(values);
        map = map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        dimension = dimension == null ? defaultDimension(rule) : dimension;
        action = action == null ? "flag" : action;
        severity = severity == null ? (action.equals("quarantine") ? "fail" : "warn") : severity;
        requireOneOf("dimension", dimension, DIMENSIONS);
        requireOneOf("action", action, ACTIONS);
        requireOneOf("severity", severity, SEVERITIES);
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, not " + threshold);
        }
    }

    /** Checks on the whole table (row count, freshness) rather than on each row. */
    public boolean isTableCheck() {
        return TABLE_RULES.contains(rule);
    }

    /** The id in quality.json: the spec's, else source.column.rule. */
    public String idFor(String source) {
        if (id != null) {
            return id;
        }
        return source + "." + (column == null ? (expr == null ? "table" : "expr") : column) + "." + rule;
    }

    public double requiredPassRate() {
        return threshold == null ? 1.0 : threshold;
    }

    /** A not_null check built for a required entity column, so required columns are checked and reported like any other. */
    public static CheckSpec requiredValue(String id, String column, String expr) {
        return new CheckSpec(id, "not_null", column, null, expr, null, null, null, null, false, null, null, null, false,
                null, null, null, null, null, "completeness", "fail", "quarantine", null, null, null);
    }

    private static String defaultDimension(String rule) {
        return switch (rule) {
            case "not_null", "row_count" -> "completeness";
            case "unique" -> "uniqueness";
            case "referential" -> "integrity";
            case "consistency" -> "consistency";
            case "freshness" -> "timeliness";
            default -> "validity";
        };
    }

    private static void requireOneOf(String field, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("unknown " + field + " '" + value + "' (use " + String.join(", ", allowed) + ")");
        }
    }
}
