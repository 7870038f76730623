package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

/** How long a stage took and how many rows it handled. */
public record StageTiming(String name, long ms, long rows) {

    public StageTiming {
        requireNonNull(name, "name is null");
    }
}
