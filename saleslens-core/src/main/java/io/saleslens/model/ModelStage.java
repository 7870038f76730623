package io.saleslens.model;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;

/** Builds the gold star schema from silver. */
public final class ModelStage implements Stage {

    @Override
    public String name() {
        return "model";
    }

    @Override
    public GoldTables run(RunContext context) {
        return new GoldTables(new GoldBuilder(context.engine()).build(context.spec()));
    }
}
