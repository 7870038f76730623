package io.saleslens.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.compare.Comparison;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the rules read: the run's documents, its comparison with the previous run, the previous run's alerts and the
 * metric history.
 *
 * @param runDate the day the run started, which freshness is measured to
 * @param previousAlerts the previous run's alerts.json, or a missing node
 */
record AlertInput(
        String dataset,
        LocalDate runDate,
        JsonNode metrics,
        JsonNode quality,
        Optional<Comparison> comparison,
        JsonNode previousAlerts,
        MetricHistory history) {

    AlertInput {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(runDate, "runDate is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
        requireNonNull(comparison, "comparison is null");
        requireNonNull(previousAlerts, "previousAlerts is null");
        requireNonNull(history, "history is null");
    }

    /** The comparison, when a previous run was found. */
    Optional<Comparison> comparable() {
        return comparison.filter(Comparison::comparable);
    }

    /** Why a rule that needs the previous run cannot be decided. */
    String noComparison() {
        return comparison
                .map(c -> "nothing to compare with: " + c.reason())
                .orElse("nothing to compare with: the run did not compare itself with a previous one");
    }

    /** The previous run's outcome of the named alert, or a missing node. */
    JsonNode previous(String name) {
        for (JsonNode alert : previousAlerts.path("alerts")) {
            if (alert.path("name").asText().equals(name)) {
                return alert;
            }
        }
        return MissingNode.getInstance();
    }
}
