package io.saleslens.compare;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.PublishedRun;
import io.saleslens.stage.RunContext;
import java.util.List;

/** One side of a comparison: a run's id, folder, dataset, inputs and its metrics and quality documents. */
public record ComparedRun(
        String runId, String folder, String dataset, List<InputFile> inputs, JsonNode metrics, JsonNode quality) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ComparedRun {
        requireNonNull(runId, "runId is null");
        requireNonNull(dataset, "dataset is null");
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
    }

    public static ComparedRun of(PublishedRun run) {
        return new ComparedRun(run.runId(), run.folder(), run.specName(), run.inputs(), run.metrics(), run.quality());
    }

    /**
     * The run being built, its documents as they will be written: read back from their JSON text, since stages may keep
     * plain Java values in the trees (a profile's minimum) that only become numbers or text when written. The folder is
     * named only when the run is published.
     */
    static ComparedRun of(RunContext context) {
        return new ComparedRun(
                context.runId().toString(),
                null,
                context.spec().name(),
                context.inputs(),
                asWritten(context.metrics()),
                asWritten(context.quality()));
    }

    private static JsonNode asWritten(JsonNode document) {
        try {
            return JSON.readTree(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run document cannot be written as JSON", e);
        }
    }
}
