package io.saleslens.stage;

/** One step of a run with one job; the pipeline is a list of stages. */
public interface Stage {

    String name();

    /** Does the stage's work and returns the number of rows it produced or processed, for progress and the manifest. */
    long run(RunContext context);
}
