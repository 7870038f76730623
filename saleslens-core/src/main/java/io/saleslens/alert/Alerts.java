package io.saleslens.alert;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.saleslens.spec.AlertSeverity;
import io.saleslens.stage.StageResult;
import java.util.List;

/** The outcome of every alert of a run, in the order they were evaluated: the spec's, then the shipped defaults. */
public record Alerts(String runId, List<AlertOutcome> alerts) implements StageResult {

    public Alerts {
        alerts = List.copyOf(alerts);
    }

    /** The alerts this run sends: fired, worse or cleared. */
    public List<AlertOutcome> toSend() {
        return alerts.stream().filter(AlertOutcome::sent).toList();
    }

    /** The alerts that hold in this run (fired, ongoing or worse) with at least the given severity. */
    public List<AlertOutcome> holding(AlertSeverity least) {
        return alerts.stream()
                .filter(a -> a.state().holding() && a.severity().atLeast(least))
                .toList();
    }

    @Override
    @JsonIgnore
    public long rows() {
        return alerts.size();
    }
}
