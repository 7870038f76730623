package io.saleslens.stage;

import java.util.List;

/**
 * What a stage hands on when it finishes: the figure that progress and the manifest show, and, in the record that
 * implements this, whatever later stages receive ({@link RunContext#result}). A stage with nothing to hand on returns
 * {@link #rows(long)}.
 */
public interface StageResult {

    /** The rows the stage produced or processed, or the things it made (checks, insights, reports). */
    long rows();

    /**
     * What went wrong without failing the run (a notification that could not be delivered): the manifest lists each
     * under its stage and the progress shows it.
     */
    default List<String> warnings() {
        return List.of();
    }

    static StageResult rows(long rows) {
        return new Count(rows);
    }

    /** A result that is only its figure. */
    record Count(long rows) implements StageResult {}
}
