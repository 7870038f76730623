package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.RunId;
import java.nio.file.Path;

/**
 * A run folder just published, with the documents it holds: the manifest always, metrics and quality when the run got
 * that far (a missing node otherwise, as for a failed run).
 */
public record PublishedFolder(Path folder, RunId runId, JsonNode manifest, JsonNode metrics, JsonNode quality) {

    public PublishedFolder {
        requireNonNull(folder, "folder is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
    }
}
