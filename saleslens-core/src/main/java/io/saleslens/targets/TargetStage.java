package io.saleslens.targets;

import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.spec.TargetSpec;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the spec's targets on the metrics document, writes targets.json when the spec sets any, and hands the
 * {@link TargetResults} on to the reports. Runs after the analysis, which writes the new and returning figures.
 */
public final class TargetStage implements Stage {

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public StageResult run(RunContext context) {
        List<TargetSpec> targets = context.spec().targets();
        if (targets.isEmpty()) {
            // A spec without targets leaves no targets.json, so a run folder holds only documents with content.
            return new TargetResults(List.of());
        }
        TargetEvaluator evaluator = new TargetEvaluator(MetricCatalogue.standard(), context.metrics());
        List<TargetResult> results = new ArrayList<>();
        for (TargetSpec target : targets) {
            results.add(evaluator.evaluate(target));
        }
        TargetResults evaluated = new TargetResults(results);
        TargetsDocument.write(context.runDir(), evaluated);
        return evaluated;
    }
}
