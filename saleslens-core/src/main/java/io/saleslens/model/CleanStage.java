package io.saleslens.model;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;

/** Builds the silver entities and records what cleaning did. */
public final class CleanStage implements Stage {

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Cleanings run(RunContext context) {
        return new Cleanings(new Cleaner(context.engine()).clean(context.spec()));
    }
}
