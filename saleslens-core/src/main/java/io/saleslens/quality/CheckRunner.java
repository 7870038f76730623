package io.saleslens.quality;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.model.RepairLog;
import io.saleslens.model.SilverTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs checks in the engine. Every failing row goes to {@link #FAILURES} (check, line, value) inside the
 * engine; only counts and five sample rows per check come back to Java.
 */
public final class CheckRunner {
    public static final String FAILURES = "work.check_failures";

    private final Engine engine;
    private final SqlDialect sql;

    public CheckRunner(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /**
     * @param rowsBySource rows loaded per source, the denominator of each row check
     */
    public List<CheckResult> run(List<Check> checks, Map<String, Long> rowsBySource) {
        engine.execute("CREATE OR REPLACE TABLE " + FAILURES + " (check_id VARCHAR, source VARCHAR, severity VARCHAR,"
                + " dimension VARCHAR, action VARCHAR, by_cleaner BOOLEAN, _line BIGINT, value VARCHAR)");
        RepairLog.create(engine);
        Map<String, Map<String, Object>> measured = new LinkedHashMap<>();
        for (Check check : checks) {
            if (check.spec().isTableCheck()) {
                measured.put(check.id(), engine.query(check.measure(sql, SilverTables.bronze(check.source()))).get(0));
            } else {
                recordFailures(check);
            }
        }
        Map<String, Long> failed = new LinkedHashMap<>();
        engine.query("SELECT check_id, count(*) AS failed FROM " + FAILURES + " GROUP BY check_id")
                .forEach(row -> failed.put((String) row.get("check_id"), ((Number) row.get("failed")).longValue()));
        Map<String, List<CheckResult.Sample>> samples = new LinkedHashMap<>();
        engine.query("SELECT check_id, _line, value FROM (SELECT *, row_number() OVER (PARTITION BY check_id ORDER BY _line) AS _rank"
                + " FROM " + FAILURES + ") ranked WHERE _rank <= " + CheckResult.MAX_SAMPLES + " ORDER BY check_id, _line")
                .forEach(row -> samples.computeIfAbsent((String) row.get("check_id"), id -> new ArrayList<>())
                        .add(new CheckResult.Sample(((Number) row.get("_line")).longValue(), (String) row.get("value"))));
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            results.add(result(check, rowsBySource.getOrDefault(check.source(), 0L), failed, samples, measured.get(check.id())));
        }
        return results;
    }

    public void buildQuarantineTables(List<Check> checks) {
        for (String source : checks.stream().map(Check::source).distinct().toList()) {
            engine.execute("CREATE OR REPLACE TABLE " + SilverTables.checkQuarantine(source) + " AS SELECT _line, string_agg(check_id || ' failed', '; '"
                    + " ORDER BY check_id) AS reason FROM " + FAILURES + " WHERE source = " + sql.literal(source)
                    + " AND action = 'quarantine' AND NOT by_cleaner GROUP BY _line");
        }
    }

    private void recordFailures(Check check) {
        var spec = check.spec();
        engine.execute("INSERT INTO " + FAILURES + " SELECT " + String.join(", ", sql.literal(check.id()), sql.literal(check.source()),
                sql.literal(spec.severity()), sql.literal(spec.dimension()), sql.literal(spec.action()), String.valueOf(check.enforcedByCleaner()))
                + ", _line, CAST(" + check.shownValue(sql) + " AS VARCHAR) FROM " + SilverTables.bronze(check.source())
                + " WHERE " + check.failsWhere(sql));
        String fix = fixExpression(check);
        if (spec.action().equals("repair") && fix != null) {
            String column = spec.columns().isEmpty() ? check.id() : spec.columns().get(0);
            engine.execute("INSERT INTO " + RepairLog.TABLE + " SELECT " + sql.literal(check.source()) + ", _line, " + sql.literal(column)
                    + ", value, new_value, " + sql.literal(check.id()) + " FROM (SELECT _line, value, " + fix + " AS new_value FROM (SELECT _line, "
                    + ColumnValue.untrimmed(sql, spec) + " AS value FROM " + SilverTables.bronze(check.source()) + ") v) fixed"
                    + " WHERE new_value IS NOT NULL AND new_value IS DISTINCT FROM value AND _line IN (SELECT _line FROM " + FAILURES
                    + " WHERE check_id = " + sql.literal(check.id()) + ")");
        }
    }

    private String fixExpression(Check check) {
        if (check.spec().fix() != null) {
            return "CAST((" + check.spec().fix() + ") AS VARCHAR)";
        }
        if (check instanceof AcceptedValuesCheck accepted && !check.spec().map().isEmpty()) {
            return accepted.mappedValue(sql);
        }
        return null;
    }

    private static CheckResult result(Check check, long rows, Map<String, Long> failedById, Map<String, List<CheckResult.Sample>> samples,
            Map<String, Object> measured) {
        var spec = check.spec();
        long failed;
        long total;
        String observed;
        if (measured != null) {
            failed = Boolean.TRUE.equals(measured.get("failed")) ? 1 : 0;
            total = 1;
            observed = String.valueOf(measured.get("observed"));
        } else {
            failed = failedById.getOrDefault(check.id(), 0L);
            total = rows;
            observed = failed + " of " + rows + " rows fail";
        }
        double passRate = total == 0 ? 1.0 : (double) (total - failed) / total;
        String column = spec.columns().isEmpty() ? null : spec.columns().stream().collect(Collectors.joining(", "));
        return new CheckResult(check.id(), check.source(), column, spec.rule(), spec.dimension(), spec.severity(), spec.action(),
                failed, total, passRate, spec.requiredPassRate(), check.threshold(), observed,
                samples.getOrDefault(check.id(), List.of()));
    }
}
