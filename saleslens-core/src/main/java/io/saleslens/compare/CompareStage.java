package io.saleslens.compare;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;

/**
 * Compares the run with the previous successful run of its dataset, which the pipeline found among the published run
 * folders and put in the run context, writes compare.json and hands the {@link Comparison} on to the reports. Runs
 * after the insights, when metrics.json and quality.json are complete.
 */
public final class CompareStage implements Stage {
    private final RunComparer comparer;

    public CompareStage() {
        this(RunComparer.standard());
    }

    CompareStage(RunComparer comparer) {
        this.comparer = comparer;
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public StageResult run(RunContext context) {
        ComparedRun current = ComparedRun.of(context);
        Comparison comparison = context.previousRun()
                .map(previous -> comparer.compare(ComparedRun.of(previous), current))
                .orElseGet(() -> comparer.nothingToCompare(current, context.noPreviousRun()));
        CompareDocument.write(context.runDir(), comparison);
        return comparison;
    }
}
