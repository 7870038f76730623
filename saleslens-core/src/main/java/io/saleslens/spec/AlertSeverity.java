package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How much an alert matters, from least to most: {@code --fail-on-alert} names the least that fails a run. */
public enum AlertSeverity {
    INFO,
    WARN,
    CRITICAL;

    /** The spec's word for the severity, as alerts.json writes it. */
    @JsonValue
    public String word() {
        return SpecWords.wordOf(this);
    }

    /** The severity a spec names, or a spec error listing the severities. */
    @JsonCreator
    public static AlertSeverity of(String word) {
        return SpecWords.parse(AlertSeverity.class, "alert severity", word);
    }

    /** Whether this severity is {@code least} or above it. */
    public boolean atLeast(AlertSeverity least) {
        return compareTo(least) >= 0;
    }

    @Override
    public String toString() {
        return word();
    }
}
