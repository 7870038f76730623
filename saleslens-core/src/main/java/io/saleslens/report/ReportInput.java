package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a report is written from: the run id, the spec's name and the two documents every figure
 * must come from.
 */
public record ReportInput(String runId, String specName, JsonNode metrics, JsonNode quality) {

    public ReportInput {
        requireNonNull(runId, "runId is null");
        requireNonNull(specName, "specName is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
    }
}
