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

    /** Something went wrong that does not stop the run, such as a history that cannot be written. */
    default void warning(String message) {}
}
