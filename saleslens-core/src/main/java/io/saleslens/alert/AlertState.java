package io.saleslens.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an alert stands in this run, given the previous run's outcome of the same alert. */
public enum AlertState {
    /** Holds now and did not in the previous run: sent. */
    FIRED,
    /** Held in the previous run and still holds, no worse by the alert's step: not sent again. */
    ONGOING,
    /** Held in the previous run and got worse by at least the alert's step since it was last sent: sent again. */
    WORSE,
    /** Held in the previous run and no longer holds: sent once as cleared. */
    CLEARED,
    /** Does not hold, nor did it in the previous run. */
    OK,
    /** Could not be evaluated (too few runs for an anomaly, no previous run for a change): the reason says why. */
    NOT_EVALUATED;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the alert's condition holds in this run. */
    public boolean holding() {
        return this == FIRED || this == ONGOING || this == WORSE;
    }

    /** Whether the run sends the alert: new, worse, or cleared. */
    public boolean sent() {
        return this == FIRED || this == WORSE || this == CLEARED;
    }

    @JsonCreator
    public static AlertState of(String word) {
        for (AlertState state : values()) {
            if (state.word().equals(word)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown alert state '" + word + "'");
    }
}
