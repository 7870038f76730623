package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happens to the rows a check fails. */
public enum CheckAction {
    /** The rows leave silver and are written to the quarantine files. */
    QUARANTINE,
    /** The rows are fixed (by the check's fix, its map or an entity repair rule) and the fixes logged. */
    REPAIR,
    /** The rows stay as they are; the check only reports them. */
    FLAG;

    /** The spec's word for the action, as quality.json writes it. */
    @JsonValue
    public String word() {
        return SpecWords.wordOf(this);
    }

    /** The action a spec names, or a spec error listing the actions. */
    public static CheckAction of(String word) {
        return SpecWords.parse(CheckAction.class, "action", word);
    }

    @Override
    public String toString() {
        return word();
    }
}
