package io.saleslens.resolve;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecChoice;

/** A shipped preset that recognised the folder by its files or headers, its sources bound to the folder's files. */
public record RecognisedPreset(SpecChoice choice) implements ImpliedSpec {

    public RecognisedPreset {
        requireNonNull(choice, "choice is null");
    }

    @Override
    public String yaml() {
        return Presets.yaml(choice);
    }
}
