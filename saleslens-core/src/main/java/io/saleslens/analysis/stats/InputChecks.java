package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/** Argument checks shared by the statistics in this package, so every method fails the same way. */
final class InputChecks {

    private InputChecks() {}

    /**
     * Returns a copy of {@code values} after checking it is non-null, long enough and finite; NaN or
     * infinite inputs would silently poison every sum that follows.
     */
    static double[] finiteCopy(double[] values, String name, int minimumLength) {
        requireNonNull(values, name + " is null");
        if (values.length < minimumLength) {
            throw new IllegalArgumentException(
                    name + " needs at least " + minimumLength + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " has a non-finite value " + values[i] + " at index " + i);
            }
        }
        return values.clone();
    }

    /** As {@link #finiteCopy} and additionally rejects negative values (revenue totals, counts). */
    static double[] nonNegativeCopy(double[] values, String name, int minimumLength) {
        double[] copy = finiteCopy(values, name, minimumLength);
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] < 0) {
                throw new IllegalArgumentException(name + " must be non-negative, got " + copy[i] + " at index " + i);
            }
        }
        return copy;
    }

    /** Boxes an array into an immutable list, the form every result record stores. */
    static List<Double> toList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
