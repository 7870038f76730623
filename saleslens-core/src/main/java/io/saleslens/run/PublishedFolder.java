package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.RunId;
import java.nio.file.Path;

/**
 * A run folder just published, succeeded or failed, with its manifest; the folder holds the run's documents, which a
 * listener reads from it (the folders are the source of truth for history).
 */
public record PublishedFolder(Path folder, RunId runId, JsonNode manifest) {

    public PublishedFolder {
        requireNonNull(folder, "folder is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(manifest, "manifest is null");
    }
}
