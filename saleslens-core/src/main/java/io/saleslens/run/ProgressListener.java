package io.saleslens.run;

/** Hears about each stage as it starts and ends, so a command line can show progress. */
public interface ProgressListener {

    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void stageStarted(String stage) {}

        @Override
        public void stageFinished(String stage, long rows, long millis) {}
    };

    void stageStarted(String stage);

    void stageFinished(String stage, long rows, long millis);

    /**
     * How far a long stage has got: {@code done} of {@code total} {@code unit} ("bytes" while the sources are read). Heard
     * at most about once a second per stage, and once more when the stage's work is complete.
     */
    default void stageProgress(String stage, long done, long total, String unit) {}

    /** Something went wrong that does not stop the run, such as a history that cannot be written. */
    default void warning(String message) {}
}
