package io.saleslens.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.compare.Comparison;
import io.saleslens.spec.AlertSpec;
import java.util.Optional;

/**
 * What a rule that compares with an earlier run measures from: the previous run, or, while the alert holds, the run it
 * was measured from when it fired (its figures carry the earlier values). A fall that stays is then still a fall,
 * ongoing until the figure comes back, instead of clearing the day after because nothing moved since.
 *
 * @param runId the run measured from
 * @param figures the figures of the alert's outcome that held in the previous run, or a missing node
 */
record Baseline(String runId, JsonNode figures) {

    static Baseline of(AlertInput input, AlertSpec alert, Comparison comparison) {
        JsonNode previous = input.previous(alert.name());
        boolean held = !previous.isMissingNode()
                && AlertState.of(previous.path("state").asText("ok")).holding()
                && previous.path("figures").path("baseline_run_id").isTextual();
        return held
                ? new Baseline(previous.path("figures").path("baseline_run_id").asText(), previous.path("figures"))
                : new Baseline(comparison.previousRunId(), MissingNode.getInstance());
    }

    /** A number the alert carried from its baseline run. */
    Optional<Double> number(String name) {
        JsonNode value = figures.path(name);
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    /** The rows a source had in the baseline run, as the alert carried them. */
    Optional<Long> sourceRows(String source) {
        for (JsonNode row : figures.path("sources")) {
            if (row.path("source").asText().equals(source)
                    && row.path("rows_before").isNumber()) {
                return Optional.of(row.path("rows_before").asLong());
            }
        }
        return Optional.empty();
    }
}
