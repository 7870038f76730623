package io.saleslens.model;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;

/** Checks every expression and column name of the spec against the loaded sources before any row is checked or cleaned. */
public final class BindStage implements Stage {

    @Override
    public String name() {
        return "bind";
    }

    @Override
    public StageResult run(RunContext context) {
        new SpecBinding(context.engine(), context.spec(), context.specLocations()).check();
        return StageResult.rows(context.spec().sources().size());
    }
}
