package io.saleslens.targets;

import static java.util.Objects.requireNonNull;

import io.saleslens.stage.StageResult;
import java.util.List;

/** The spec's targets evaluated on the run, in the spec's order; empty when the spec sets none. */
public record TargetResults(List<TargetResult> targets) implements StageResult {
    public TargetResults {
        targets = List.copyOf(requireNonNull(targets, "targets is null"));
    }

    @Override
    public long rows() {
        return targets.size();
    }
}
