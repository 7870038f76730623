package io.saleslens.resolve;

import io.saleslens.spec.SpecChoice;

/**
 * The spec a data folder implies when it has none of its own: a shipped preset that recognises it, or one inferred
 * from its files. {@code init} writes {@link #yaml}; a run uses {@link #choice}, the same spec.
 */
public sealed interface ImpliedSpec permits RecognisedPreset, InferredSpec {

    /** The spec a run uses, with its origin and the lines of its keys. */
    SpecChoice choice();

    /** The spec as the folder's saleslens.yaml, for {@code init} to write. */
    String yaml();
}
