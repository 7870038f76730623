package io.saleslens.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * What a run tells its engine when it opens it.
 *
 * @param spillDirectory a folder of the run where the engine may write what does not fit in memory
 * @param memoryLimit the embedded engine's memory limit, such as "2GB"; null leaves the engine's default
 * @param master the cluster a distributing engine connects to (Spark's master URL); null for its default
 */
public record EngineSettings(Path spillDirectory, String memoryLimit, String master) {

    public EngineSettings {
        requireNonNull(spillDirectory, "spillDirectory is null");
    }
}
