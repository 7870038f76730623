package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A run folder that was published with {@code status: succeeded}: its run id, its folder under {@code runs/}, the
 * three documents a later run compares itself with, and its alerts, which a later run's alerts follow on from.
 *
 * @param alerts alerts.json, or a missing node when the run wrote none
 */
public record PublishedRun(
        String runId, String folder, JsonNode manifest, JsonNode metrics, JsonNode quality, JsonNode alerts) {

    public PublishedRun {
        requireNonNull(runId, "runId is null");
        requireNonNull(folder, "folder is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
        requireNonNull(alerts, "alerts is null");
    }

    /** The dataset the run read: its spec's name. */
    public String specName() {
        return manifest.path("spec_name").asText();
    }

    /** The input files the manifest lists, with their sizes and content hashes. */
    public List<InputFile> inputs() {
        List<InputFile> inputs = new ArrayList<>();
        for (JsonNode input : manifest.path("inputs")) {
            inputs.add(new InputFile(
                    input.path("source").asText(),
                    input.path("path").asText(),
                    input.path("bytes").asLong(),
                    input.path("sha256").asText()));
        }
        return inputs;
    }
}
