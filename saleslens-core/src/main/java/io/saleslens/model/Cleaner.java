package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.spec.DatasetSpec;
import java.util.ArrayList;
import java.util.List;

/** Cleans every entity of a spec into silver. */
public final class Cleaner {
    private final EntityCleaner entityCleaner;

    public Cleaner(Engine engine) {
        this.entityCleaner = new EntityCleaner(engine);
    }

    public List<EntityCleaning> clean(DatasetSpec spec) {
        List<EntityCleaning> results = new ArrayList<>();
        spec.entities().forEach((name, entity) -> results.add(entityCleaner.clean(name, entity)));
        return results;
    }
}
