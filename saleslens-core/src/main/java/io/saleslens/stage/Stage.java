package io.saleslens.stage;

/** One step of a run with one job; the pipeline is a list of stages, each receiving what earlier ones handed on. */
public interface Stage {

    String name();

    /** Does the stage's work and returns what it hands on to later stages, with its figure for progress and the manifest. */
    StageResult run(RunContext context);

    /**
     * Called once before the first stage of a run runs. A stage may start here, in the background, work that needs no
     * data (loading and initialising the classes it draws with), so that it is done by the time the stage runs; it must
     * not touch the engine or the run folder.
     */
    default void prepare() {}
}
