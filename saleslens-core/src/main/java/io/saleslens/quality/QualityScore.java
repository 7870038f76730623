package io.saleslens.quality;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.QualityDimension;
import io.saleslens.spec.Severity;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The score is a measurement over rows. {@code overall}: the share of source rows that pass every
 * fail-severity check (rows the parser rejected fail; a failing fail-severity table check fails every row
 * of its source). {@code byDimension}: the share of rows of the checked sources that pass every check of
 * that dimension, whatever its severity. Lines a row filter keeps out of scope are not checked and not counted.
 */
public record QualityScore(double overall, Map<String, Double> byDimension, long rows, long rowsFailing) {

    public static QualityScore measure(Engine engine, List<CheckResult> results, Map<String, LoadedTable> loaded) {
        return measure(engine, results, loaded, Map.of());
    }

    /** @param outOfScope lines per source that row filters keep out of scope: neither checked nor counted */
    public static QualityScore measure(
            Engine engine, List<CheckResult> results, Map<String, LoadedTable> loaded, Map<String, Long> outOfScope) {
        SqlDialect sql = engine.dialect();
        ToLongFunction<String> inScope =
                source -> loaded.get(source).rowsLoaded() - outOfScope.getOrDefault(source, 0L);
        long rows = loaded.values().stream().mapToLong(LoadedTable::rowsRead).sum()
                - outOfScope.values().stream().mapToLong(Long::longValue).sum();
        long rejected =
                loaded.values().stream().mapToLong(LoadedTable::rowsRejected).sum();
        List<QualityDimension> dimensions =
                results.stream().map(CheckResult::dimension).distinct().toList();
        // One pass over the failures: per failing line, whether it counts against the score and against each dimension.
        List<String> perLine = new ArrayList<>(List.of("max(CASE WHEN severity = 'fail' AND source NOT IN ("
                + failedTableSources(sql, results, Severity.FAIL, null) + ") THEN 1 ELSE 0 END) AS _overall"));
        List<String> totals = new ArrayList<>(List.of("coalesce(sum(_overall), 0) AS _overall"));
        for (int i = 0; i < dimensions.size(); i++) {
            perLine.add(
                    "max(CASE WHEN dimension = " + sql.literal(dimensions.get(i).word()) + " AND source NOT IN ("
                            + failedTableSources(sql, results, null, dimensions.get(i))
                            + ") THEN 1 ELSE 0 END) AS _dimension_" + i);
            totals.add("coalesce(sum(_dimension_" + i + "), 0) AS _dimension_" + i);
        }
        Map<String, Object> failingLines = engine.query("SELECT " + String.join(", ", totals)
                        + " FROM (SELECT source, _line, " + String.join(", ", perLine) + " FROM "
                        + Tables.CHECK_FAILURES + " GROUP BY source, _line) lines")
                .get(0);
        long failingRows = ((Number) failingLines.get("_overall")).longValue();
        long wholeSources = results.stream()
                .filter(r -> r.total() == 1 && r.rule().isTableRule())
                .filter(r -> !r.passed() && r.severity() == Severity.FAIL)
                .map(CheckResult::source)
                .distinct()
                .mapToLong(inScope)
                .sum();
        long failing = Math.min(rows, failingRows + wholeSources + rejected);
        double overall = rows == 0 ? 1.0 : (double) (rows - failing) / rows;
        Map<String, Double> byDimension = new TreeMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            QualityDimension dimension = dimensions.get(i);
            List<String> sources = results.stream()
                    .filter(r -> r.dimension() == dimension)
                    .map(CheckResult::source)
                    .distinct()
                    .toList();
            long checkedRows = sources.stream().mapToLong(inScope).sum();
            long failingInDimension = ((Number) failingLines.get("_dimension_" + i)).longValue()
                    + sources.stream()
                            .filter(source -> results.stream()
                                    .anyMatch(r -> r.source().equals(source)
                                            && r.dimension() == dimension
                                            && r.rule().isTableRule()
                                            && !r.passed()))
                            .mapToLong(inScope)
                            .sum();
            byDimension.put(
                    dimension.word(),
                    checkedRows == 0
                            ? 1.0
                            : (double) (checkedRows - Math.min(checkedRows, failingInDimension)) / checkedRows);
        }
        return new QualityScore(overall, new LinkedHashMap<>(byDimension), rows, failing);
    }

    /** Sources whose rows all fail already through a table check, so their row failures are not counted twice. */
    private static String failedTableSources(
            SqlDialect sql, List<CheckResult> results, Severity severity, QualityDimension dimension) {
        List<String> sources = results.stream()
                .filter(r -> r.rule().isTableRule() && !r.passed())
                .filter(r -> severity == null || r.severity() == severity)
                .filter(r -> dimension == null || r.dimension() == dimension)
                .map(r -> sql.literal(r.source()))
                .distinct()
                .toList();
        // An empty NOT IN list is not SQL, and NOT IN (NULL) excludes every row: an impossible name keeps every source.
        return sources.isEmpty() ? "'/no source/'" : String.join(", ", sources);
    }
}
