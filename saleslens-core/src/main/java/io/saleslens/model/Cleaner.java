package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.spec.DatasetSpec;
import java.util.ArrayList;
import java.util.List;

/** Cleans every entity of a spec into silver. */
public final class Cleaner {
    private final Engine engine;

    public Cleaner(Engine engine) {
        this.engine = engine;
    }

    public List<EntityCleaning> clean(DatasetSpec spec) {
        EntityCleaner entityCleaner = new EntityCleaner(engine, spec.timezone());
        List<EntityCleaning> results = new ArrayList<>();
        spec.entities().forEach((name, entity) -> results.add(entityCleaner.clean(name, entity)));
        return results;
    }
}
