package io.saleslens.model;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.util.List;

/** Builds the silver entities and records what cleaning did. */
public final class CleanStage implements Stage {

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public long run(RunContext context) {
        List<EntityCleaning> results = new Cleaner(context.engine()).clean(context.spec());
        context.addCleanings(results);
        return results.stream().mapToLong(EntityCleaning::rowsOut).sum();
    }
}
