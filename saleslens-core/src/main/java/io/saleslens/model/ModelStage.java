package io.saleslens.model;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.util.Map;

/** Builds the gold star schema from silver. */
public final class ModelStage implements Stage {

    @Override
    public String name() {
        return "model";
    }

    @Override
    public long run(RunContext context) {
        Map<String, Long> counts = new GoldBuilder(context.engine()).build(context.spec());
        context.addGoldTables(counts);
        return counts.getOrDefault("fact_sales", 0L);
    }
}
