package io.saleslens.metrics;

import io.saleslens.model.GoldTables;
import io.saleslens.pipeline.PipelineMetrics;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;

/** Computes the metrics document from the gold tables. */
public final class MeasureStage implements Stage {

    @Override
    public String name() {
        return "measure";
    }

    @Override
    public StageResult run(RunContext context) {
        DatasetFacts.write(context.spec(), context.specOrigin(), context.metrics());
        new SalesMetrics(context.engine()).measure(context.spec(), context.metrics());
        new SegmentTracking(context.engine()).measure(context.spec(), context.metrics());
        new ProfitabilityMetrics(context.engine()).measure(context.spec(), context.metrics());
        new PeriodBreakdowns(context.engine()).measure(context.spec(), context.metrics());
        new PipelineMetrics(context.engine()).measure(context.spec(), context.metrics());
        // The metrics cover every order line of the star schema.
        return StageResult.rows(context.result(GoldTables.class).orderLines());
    }
}
