package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

/** One source file of a run, identified by its content. */
public record InputFile(String source, String path, long bytes, String sha256) {

    public InputFile {
        requireNonNull(source, "source is null");
        requireNonNull(path, "path is null");
        requireNonNull(sha256, "sha256 is null");
    }
}
