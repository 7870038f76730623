package io.saleslens.quality;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.LoadedTable;
import io.saleslens.stage.LoadedSources;
import io.saleslens.stage.OutOfScope;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.SourceLines;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import io.saleslens.stage.Tables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs every check of the spec over bronze and writes {@code score}, {@code checks} and {@code profile}
 * into quality.json. Quarantine-action checks leave their lines for the cleaner, which moves them out of silver.
 */
public final class CheckStage implements Stage {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public StageResult run(RunContext context) {
        Map<String, LoadedTable> loaded = context.result(LoadedSources.class).tables();
        OutOfScope outOfScope = context.result(OutOfScope.class);
        List<Check> checks = CheckPlan.of(context.spec(), context.engine().dialect());
        Map<String, Long> rows = new LinkedHashMap<>();
        loaded.forEach((source, table) -> rows.put(source, table.rowsLoaded() - outOfScope.lines(source)));
        CheckRunner runner = new CheckRunner(context.engine());
        List<CheckResult> results = runner.run(checks, rows);
        runner.buildQuarantineTables(checks);
        QualityScore score = QualityScore.measure(context.engine(), results, loaded, outOfScope.linesBySource());
        write(
                context.quality(),
                score,
                results,
                source -> context.spec().source(source).fileStem(),
                SourceLines.of(context.engine(), loaded.keySet()));
        Map<String, List<String>> columnsByTable = new LinkedHashMap<>();
        for (Map.Entry<String, LoadedTable> entry : loaded.entrySet()) {
            // The source's own columns: a loader may list the line number it adds among them (Spark's does).
            columnsByTable.put(
                    Tables.bronze(entry.getKey()),
                    entry.getValue().columns().stream()
                            .filter(column -> !column.equals("_line"))
                            .toList());
        }
        ObjectNode profiles = new ColumnProfiler(context.engine()).profiles(columnsByTable);
        ObjectNode profile = context.quality().putObject("profile");
        for (String source : loaded.keySet()) {
            profile.set(context.spec().source(source).fileStem(), profiles.get(Tables.bronze(source)));
        }
        return StageResult.rows(results.size());
    }

    static void write(
            ObjectNode quality,
            QualityScore score,
            List<CheckResult> results,
            UnaryOperator<String> fileStem,
            SourceLines lines) {
        ObjectNode scoreNode = quality.putObject("score");
        scoreNode.put("overall", score.overall());
        scoreNode.put("rows", score.rows());
        scoreNode.put("rows_failing", score.rowsFailing());
        scoreNode.put("checks", results.size());
        scoreNode.put("checks_failed", results.stream().filter(r -> !r.passed()).count());
        ObjectNode byDimension = scoreNode.putObject("by_dimension");
        score.byDimension().forEach(byDimension::put);
        ArrayNode checks = quality.putArray("checks");
        for (CheckResult result : results) {
            ObjectNode node = checks.addObject();
            node.put("id", result.id());
            node.put("source", fileStem.apply(result.source()));
            node.put("column", result.column());
            node.put("rule", result.rule().word());
            node.put("dimension", result.dimension().word());
            node.put("severity", result.severity().word());
            node.put("action", result.action().word());
            node.put("passed", result.passed());
            node.put("failed", result.failed());
            node.put("total", result.total());
            node.put("pass_rate", result.passRate());
            node.put("threshold", result.threshold());
            node.put("required_pass_rate", result.requiredPassRate());
            node.put("observed", result.observed());
            ArrayNode samples = node.putArray("samples");
            result.samples()
                    .forEach(sample -> lines.put(samples.addObject(), result.source(), sample.line())
                            .put("value", sample.value()));
        }
    }
}
