package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a failing check matters: a failing fail-severity check lowers the overall score and fails validate. */
public enum Severity {
    FAIL,
    WARN;

    /** The spec's word for the severity, as quality.json writes it. */
    @JsonValue
    public String word() {
        return SpecWords.wordOf(this);
    }

    /** The severity a spec names, or a spec error listing the severities. */
    public static Severity of(String word) {
        return SpecWords.parse(Severity.class, "severity", word);
    }

    @Override
    public String toString() {
        return word();
    }
}
