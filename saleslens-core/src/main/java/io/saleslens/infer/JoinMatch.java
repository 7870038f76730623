package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How well a fact's key column finds its rows in a dimension's column, measured in the engine.
 *
 * @param keys distinct non-missing key values in the fact
 * @param matched how many of them the dimension column holds
 */
public record JoinMatch(
        ProbedFile fact,
        ColumnMatch factColumn,
        ProbedFile dimension,
        ColumnMatch dimensionColumn,
        long keys,
        long matched) {

    public JoinMatch {
        requireNonNull(fact, "fact is null");
        requireNonNull(dimension, "dimension is null");
    }

    public double share() {
        return keys == 0 ? 0 : (double) matched / keys;
    }

    String describe() {
        return fact.fileName() + "." + factColumn.column() + " -> " + dimension.fileName() + "."
                + dimensionColumn.column() + ": " + matched + " of " + keys + " keys match ("
                + String.format(Locale.ROOT, "%.1f%%", share() * 100) + ")";
    }
}
