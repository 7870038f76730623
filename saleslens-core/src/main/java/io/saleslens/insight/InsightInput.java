package io.saleslens.insight;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a rule reads (the two documents) and where it writes the figures it derives: its own object
 * under {@code metrics.insights.<type>}.
 */
public record InsightInput(JsonNode metrics, JsonNode quality, ObjectNode derivedRoot) {

    public InsightInput {
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
        requireNonNull(derivedRoot, "derivedRoot is null");
    }

    /** The place for the derived figures of one rule type. */
    public DerivedFigures derived(String type) {
        return new DerivedFigures(derivedRoot, "/" + InsightStage.METRICS_KEY, type);
    }
}
