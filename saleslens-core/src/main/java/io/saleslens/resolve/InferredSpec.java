package io.saleslens.resolve;

import static java.util.Objects.requireNonNull;

import io.saleslens.infer.InferredDataset;
import io.saleslens.spec.SpecChoice;
import io.saleslens.spec.SpecLoader;
import io.saleslens.spec.SpecLocations;
import java.nio.file.Path;

/**
 * A spec inferred from the folder's files, and its YAML with the evidence as comments.
 *
 * <p>A run reads the spec back from that YAML rather than taking the inferred records as they are: so the spec a run
 * infers is exactly the one {@code init} writes, it passes the checks a spec file passes, and a message about one of
 * its values can name the line of that YAML.
 */
public record InferredSpec(InferredDataset inferred, Path dataDir, String yaml) implements ImpliedSpec {
    static final String ORIGIN = "inferred from the files (write it out with saleslens init)";

    public InferredSpec {
        requireNonNull(inferred, "inferred is null");
        requireNonNull(dataDir, "dataDir is null");
        requireNonNull(yaml, "yaml is null");
    }

    @Override
    public SpecChoice choice() {
        String origin = "spec inferred from " + dataDir;
        return new SpecChoice(SpecLoader.parse(yaml, origin), ORIGIN, SpecLocations.of(yaml, origin));
    }
}
