package io.saleslens.metrics;

import io.saleslens.pipeline.PipelineMetrics;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;

/** Computes the metrics document from the gold tables. */
public final class MeasureStage implements Stage {

    @Override
    public String name() {
        return "measure";
    }

    @Override
    public long run(RunContext context) {
        DatasetFacts.write(context.spec(), context.specOrigin(), context.metrics());
        new SalesMetrics(context.engine()).measure(context.spec(), context.metrics());
        new ProfitabilityMetrics(context.engine()).measure(context.spec(), context.metrics());
        new PeriodBreakdowns(context.engine()).measure(context.spec(), context.metrics());
        new PipelineMetrics(context.engine()).measure(context.spec(), context.metrics());
        return context.metrics().path("totals").path("sales_records").asLong();
    }
}
