package io.saleslens.resolve;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a command asks for: the data folder, and a spec file or a preset named on the command line, if any.
 *
 * @param specFile a spec file (--spec)
 * @param preset a shipped preset's name (--preset)
 */
public record SpecRequest(Path dataDir, Optional<Path> specFile, Optional<String> preset) {

    public SpecRequest {
        requireNonNull(dataDir, "dataDir is null");
        requireNonNull(specFile, "specFile is null");
        requireNonNull(preset, "preset is null");
    }

    /** A request that lets the folder decide: its own spec, a preset that recognises it, or inference. */
    public static SpecRequest forFolder(Path dataDir) {
        return new SpecRequest(dataDir, Optional.empty(), Optional.empty());
    }
}
