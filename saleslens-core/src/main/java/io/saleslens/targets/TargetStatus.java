package io.saleslens.targets;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a target stands: judged by the actual when its period is complete, by straight-line pace while in progress. */
public enum TargetStatus {
    MET("met"),
    MISSED("missed"),
    ON_TRACK("on track"),
    OFF_TRACK("off track"),
    /** The data ends before the period starts. */
    NOT_STARTED("not started"),
    /** The run has no figure to judge by: no dated orders, or the figure is not written for this data. */
    NOT_MEASURED("not measured");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    /** The words the reports and targets.json use. */
    @JsonValue
    public String label() {
        return label;
    }
}
