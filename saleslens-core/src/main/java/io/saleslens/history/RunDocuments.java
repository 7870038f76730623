package io.saleslens.history;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What history records of one run folder: its name under runs/ and its documents; metrics, quality and alerts are a
 * missing node for a run that did not write them (it failed before, or only validated).
 */
public record RunDocuments(String run, JsonNode manifest, JsonNode metrics, JsonNode quality, JsonNode alerts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public RunDocuments {
        requireNonNull(run, "run is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
        requireNonNull(alerts, "alerts is null");
    }

    /** The documents of a published folder, read back from its files. */
    public static RunDocuments read(Path folder) {
        return new RunDocuments(
                folder.getFileName().toString(),
                document(folder.resolve("manifest.json")),
                document(folder.resolve("metrics.json")),
                document(folder.resolve("quality.json")),
                document(folder.resolve("alerts.json")));
    }

    private static JsonNode document(Path file) {
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.FILE_IO_FAILED,
                    file + ": cannot read the run's document for history (" + e.getMessage() + ")",
                    e);
        }
    }
}
