package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.DatasetSpec;
import java.nio.file.Path;

/**
 * What one run is asked to do.
 *
 * @param outDir the output root; runs are published under {@code <outDir>/runs/<run-id>}
 * @param memoryLimit the engine's memory limit, such as "2GB"; null leaves the engine's default
 */
public record RunOptions(DatasetSpec spec, Path dataDir, Path outDir, String memoryLimit) {

    public RunOptions {
        requireNonNull(spec, "spec is null");
        requireNonNull(dataDir, "dataDir is null");
        requireNonNull(outDir, "outDir is null");
    }
}
