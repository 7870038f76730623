package io.saleslens.quality;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckAction;
import io.saleslens.stage.RepairLog;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs checks in the engine. Every failing row goes to {@link #Tables.CHECK_FAILURES} (check, line, value) inside the
 * engine; only counts and five sample rows per check come back to Java.
 *
 * <p>The row checks of one source run in one pass over it: a single query flags, per row, every check it
 * fails and keeps the rows that fail any ({@code work.<source>_check_rows}, a small share of the source);
 * the failures table and the repair log are filled from that table.
 */
public final class CheckRunner {

    private final Engine engine;
    private final SqlDialect sql;

    public CheckRunner(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /** The lines of a source the checks read: those in scope when a row filter reads the source, else all. */
    private String checkedTable(String source) {
        String checked = Tables.checked(source);
        return engine.tableExists(checked) ? checked : Tables.bronze(source);
    }

    /**
     * @param rowsBySource rows loaded per source, the denominator of each row check
     */
    public List<CheckResult> run(List<Check> checks, Map<String, Long> rowsBySource) {
        engine.replaceTable(
                Tables.CHECK_FAILURES,
                "SELECT CAST(NULL AS STRING) AS check_id, CAST(NULL AS STRING) AS source, CAST(NULL AS STRING) AS severity,"
                        + " CAST(NULL AS STRING) AS dimension, CAST(NULL AS STRING) AS action, CAST(NULL AS BOOLEAN) AS by_cleaner,"
                        + " CAST(NULL AS BIGINT) AS _line, CAST(NULL AS STRING) AS value WHERE 1 = 0");
        RepairLog.create(engine);
        Map<String, Map<String, Object>> measured = new LinkedHashMap<>();
        Map<String, List<RowCheck>> rowChecks = new LinkedHashMap<>();
        for (Check check : checks) {
            if (check instanceof TableCheck table) {
                measured.put(
                        check.id(),
                        engine.query(table.measure(sql, checkedTable(check.source())))
                                .get(0));
            } else if (check instanceof RowCheck row) {
                rowChecks
                        .computeIfAbsent(check.source(), source -> new ArrayList<>())
                        .add(row);
            }
        }
        List<String> failures = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        rowChecks.forEach((source, sourceChecks) -> flagRows(source, sourceChecks, failures, repairs));
        // One statement each for all sources: on Spark every statement is a job.
        if (!failures.isEmpty()) {
            engine.execute("INSERT INTO " + Tables.CHECK_FAILURES + " " + String.join(" UNION ALL ", failures));
        }
        if (!repairs.isEmpty()) {
            engine.execute("INSERT INTO " + Tables.REPAIR_LOG + " " + String.join(" UNION ALL ", repairs));
        }
        Map<String, Long> failed = new LinkedHashMap<>();
        Map<String, List<CheckResult.Sample>> samples = new LinkedHashMap<>();
        // One query: the first lines of every check with, on each, the check's number of failing rows.
        engine.query(
                        "SELECT check_id, _line, value, failed FROM (SELECT check_id, _line, value, count(*) OVER (PARTITION BY check_id)"
                                + " AS failed, row_number() OVER (PARTITION BY check_id ORDER BY _line) AS _rank FROM "
                                + Tables.CHECK_FAILURES + ") ranked"
                                + " WHERE _rank <= " + CheckResult.MAX_SAMPLES + " ORDER BY check_id, _line")
                .forEach(row -> {
                    String id = (String) row.get("check_id");
                    failed.put(id, ((Number) row.get("failed")).longValue());
                    samples.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new CheckResult.Sample(
                                    ((Number) row.get("_line")).longValue(), (String) row.get("value")));
                });
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            results.add(result(
                    check, rowsBySource.getOrDefault(check.source(), 0L), failed, samples, measured.get(check.id())));
        }
        return results;
    }

    /**
     * A table for each source with quarantine-action checks (other than the cleaner's own required-value
     * checks) of the lines they rejected, with every check a line failed, in the order of the check ids
     * ("a failed; b failed"). A source without such checks gets no table: the cleaner then has no lines to add.
     */
    public void buildQuarantineTables(List<Check> checks) {
        for (String source : checks.stream().map(Check::source).distinct().toList()) {
            List<String> ids = checks.stream()
                    .filter(c -> c instanceof RowCheck row && !row.enforcedByCleaner())
                    .filter(c -> c.source().equals(source) && c.spec().action() == CheckAction.QUARANTINE)
                    .map(Check::id)
                    .distinct()
                    .sorted()
                    .toList();
            if (ids.isEmpty()) {
                engine.execute("DROP TABLE IF EXISTS " + Tables.checkQuarantine(source));
                continue;
            }
            List<String> reasons = ids.stream()
                    .map(id -> "max(CASE WHEN check_id = " + sql.literal(id) + " THEN " + sql.literal(id + " failed")
                            + " END)")
                    .toList();
            engine.replaceTable(
                    Tables.checkQuarantine(source),
                    "SELECT _line, concat_ws('; ', " + String.join(", ", reasons)
                            + ") AS reason FROM " + Tables.CHECK_FAILURES + " WHERE source = " + sql.literal(source)
                            + " AND action = 'quarantine' AND NOT by_cleaner GROUP BY _line");
        }
    }

    /**
     * Stores the rows of a source that fail any of its row checks, and adds to {@code failures} and
     * {@code repairs} the queries that read each check's failures and fixes from them.
     */
    private void flagRows(String source, List<RowCheck> checks, List<String> failures, List<String> repairs) {
        String rows = Tables.scratch(source, "check_rows");
        List<String> selects = new ArrayList<>(List.of("_line"));
        List<String> joins = new ArrayList<>();
        List<String> anyFails = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            RowCheck check = checks.get(i);
            String alias = "_j" + i;
            String join = check.join(sql, alias);
            if (join != null) {
                joins.add(join);
            }
            selects.add("(" + check.failsWhere(sql, alias) + ") AS _f" + i);
            selects.add("CAST(" + check.shownValue(sql) + " AS STRING) AS _v" + i);
            if (fixExpression(check) != null) {
                selects.add(ColumnValue.untrimmed(sql, check.spec()) + " AS _u" + i);
            }
            anyFails.add("_f" + i);
        }
        engine.replaceTable(
                rows,
                "SELECT * FROM (SELECT " + String.join(", ", selects) + " FROM " + checkedTable(source) + " "
                        + String.join(" ", joins) + ") flagged WHERE " + String.join(" OR ", anyFails));
        for (int i = 0; i < checks.size(); i++) {
            RowCheck check = checks.get(i);
            var spec = check.spec();
            failures.add("SELECT "
                    + String.join(
                            ", ",
                            sql.literal(check.id()),
                            sql.literal(source),
                            sql.literal(spec.severity().word()),
                            sql.literal(spec.dimension().word()),
                            sql.literal(spec.action().word()),
                            String.valueOf(check.enforcedByCleaner()))
                    + ", _line, _v" + i + " FROM " + rows + " WHERE _f" + i);
            String fix = fixExpression(check);
            if (spec.action() == CheckAction.REPAIR && fix != null) {
                String column =
                        spec.columns().isEmpty() ? check.id() : spec.columns().get(0);
                repairs.add("SELECT " + sql.literal(source) + ", _line, " + sql.literal(column) + ", value, new_value, "
                        + sql.literal(check.id()) + " FROM (SELECT _line, value, " + fix
                        + " AS new_value FROM (SELECT _line, _u" + i
                        + " AS value FROM " + rows + " WHERE _f" + i + ") v) fixed"
                        + " WHERE new_value IS NOT NULL AND (value IS NULL OR new_value <> value)");
            }
        }
    }

    private String fixExpression(RowCheck check) {
        if (check.spec().fix() != null) {
            return "CAST((" + check.spec().fix() + ") AS STRING)";
        }
        if (check instanceof AcceptedValuesCheck accepted && !check.spec().map().isEmpty()) {
            return accepted.mappedValue(sql);
        }
        return null;
    }

    private static CheckResult result(
            Check check,
            long rows,
            Map<String, Long> failedById,
            Map<String, List<CheckResult.Sample>> samples,
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
        String column =
                spec.columns().isEmpty() ? null : spec.columns().stream().collect(Collectors.joining(", "));
        return new CheckResult(
                check.id(),
                check.source(),
                column,
                spec.rule(),
                spec.dimension(),
                spec.severity(),
                spec.action(),
                failed,
                total,
                passRate,
                spec.requiredPassRate(),
                check.threshold(),
                observed,
                samples.getOrDefault(check.id(), List.of()));
    }
}
