package io.saleslens.alert;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.AlertSeverity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One alert in one run: what it watches, where it stands and the figures that decided it.
 *
 * @param rule the kind of rule: threshold, change, anomaly, quality, freshness or volume
 * @param message one sentence with the figures, for the digest and the reports
 * @param figure the figure the rule compared (the change %, the z-score, the age in days …); null when not evaluated
 * @param sentFigure the figure when the alert was last sent, which a later run's step is measured from; null when the
 *     alert does not hold
 * @param figures every figure behind the outcome, by name: the metric key, before and after, the bound, the runs …
 * @param shipped whether the alert is one of the shipped defaults rather than the spec's
 */
public record AlertOutcome(
        String name,
        AlertSeverity severity,
        String owner,
        String rule,
        AlertState state,
        String message,
        Double figure,
        Double sentFigure,
        Map<String, Object> figures,
        boolean shipped) {

    public AlertOutcome {
        requireNonNull(name, "name is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(owner, "owner is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(state, "state is null");
        requireNonNull(message, "message is null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(figures, "figures is null")));
    }

    /** Whether this run sends the alert. */
    public boolean sent() {
        return state.sent();
    }
}
