package io.saleslens.compare;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.PublishedRun;
import io.saleslens.stage.RunContext;
import java.util.List;

/** One side of a comparison: a run's id, folder, dataset, inputs and its metrics and quality documents. */
public record ComparedRun(
        String runId, String folder, String dataset, List<InputFile> inputs, JsonNode metrics, JsonNode quality) {

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

    /** The run being built: its folder is named only when it is published. */
    static ComparedRun of(RunContext context) {
        return new ComparedRun(
                context.runId().toString(),
                null,
                context.spec().name(),
                context.inputs(),
                context.metrics(),
                context.quality());
    }
}
