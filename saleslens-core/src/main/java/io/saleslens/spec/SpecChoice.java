package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

/**
 * The spec a run uses and where it came from, in words printed in the summary and every report's Scope section:
 * "--spec FILE", "DATA_DIR/saleslens.yaml", "preset shopify-orders, recognised from the headers of orders_export.csv",
 * "inferred from the files".
 */
public record SpecChoice(DatasetSpec spec, String origin, SpecLocations locations) {

    public SpecChoice {
        requireNonNull(spec, "spec is null");
        requireNonNull(origin, "origin is null");
        locations = locations == null ? SpecLocations.none(origin) : locations;
    }

    public SpecChoice(DatasetSpec spec, String origin) {
        this(spec, origin, null);
    }

    /** The same choice with another spec (a command-line option changed it). */
    public SpecChoice withSpec(DatasetSpec changed) {
        return new SpecChoice(changed, origin, locations);
    }
}
