package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

/**
 * How a run used its state of earlier runs' bronze tables: off (no state asked for), a full run (no usable state, and
 * why), or a refresh that read only the new and changed files and reused the others.
 *
 * @param mode {@code off}, {@code full} or {@code refresh}
 * @param reason why the run read every file, in words; null for a refresh or without state
 * @param filesRead files read from the data folder
 * @param filesReused files whose bronze rows came from the state unchanged
 * @param filesDropped files of the state no longer among the inputs (deleted or changed), dropped from it
 */
public record RefreshOutcome(String mode, String reason, int filesRead, int filesReused, int filesDropped) {
    public static final RefreshOutcome OFF = new RefreshOutcome("off", null, 0, 0, 0);

    public RefreshOutcome {
        requireNonNull(mode, "mode is null");
    }

    /** The outcome in one line for the run's summary. */
    public String sentence() {
        return switch (mode) {
            case "refresh" ->
                "refresh: " + count(filesRead, "new or changed file") + " read, "
                        + count(filesReused, "unchanged file") + " reused"
                        + (filesDropped > 0 ? ", " + count(filesDropped, "old file") + " dropped from the state" : "");
            case "full" -> "full run (" + reason + "): " + count(filesRead, "file") + " read";
            default -> "full run without state";
        };
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
