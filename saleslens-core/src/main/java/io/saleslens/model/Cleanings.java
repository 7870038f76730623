package io.saleslens.model;

import io.saleslens.stage.StageResult;
import java.util.List;

/** What cleaning hands on: what it did to each entity, in the spec's order; its figure is the clean rows. */
public record Cleanings(List<EntityCleaning> entities) implements StageResult {

    public Cleanings {
        entities = List.copyOf(entities);
    }

    @Override
    public long rows() {
        return entities.stream().mapToLong(EntityCleaning::rowsOut).sum();
    }
}
