package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A published run folder, read back: its run id, its folder under {@code runs/}, its manifest, the two documents a later
 * run compares itself with, and its alerts, which a later run's alerts follow on from. A document the run did not write
 * (a failed run's metrics, a validation run's alerts) is a missing node. The folders are the source of truth: history
 * records them from here, and a new run finds the run it compares itself with here.
 *
 * @param alerts alerts.json, or a missing node when the run wrote none
 */
public record PublishedRun(
        String runId, String folder, JsonNode manifest, JsonNode metrics, JsonNode quality, JsonNode alerts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PublishedRun {
        requireNonNull(runId, "runId is null");
        requireNonNull(folder, "folder is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
        requireNonNull(alerts, "alerts is null");
    }

    /** The documents of a published folder, read from its files. */
    public static PublishedRun read(Path folder) throws IOException {
        JsonNode manifest = document(folder.resolve("manifest.json"));
        String name = folder.getFileName().toString();
        return new PublishedRun(
                manifest.path("run_id").asText(name),
                name,
                manifest,
                document(folder.resolve("metrics.json")),
                document(folder.resolve("quality.json")),
                document(folder.resolve("alerts.json")));
    }

    private static JsonNode document(Path file) throws IOException {
        return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : MissingNode.getInstance();
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
