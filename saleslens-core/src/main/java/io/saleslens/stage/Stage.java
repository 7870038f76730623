package io.saleslens.stage;

/** One step of a run with one job; the pipeline is a list of stages, each receiving what earlier ones handed on. */
public interface Stage {

    String name();

    /** Does the stage's work and returns what it hands on to later stages, with its figure for progress and the manifest. */
    StageResult run(RunContext context);
}
