package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.ColumnSpec;

/**
 * The sale's line amount as chosen: a column of the file, or price × quantity (less the line discount where an
 * order-level total shows the discount belongs there), with what decided it.
 *
 * @param column the source column, or null when the amount is derived
 * @param evidence why this reading and not another, written into the spec as a comment
 */
record LineAmount(ColumnSpec spec, ColumnMatch column, String evidence) {

    LineAmount {
        requireNonNull(spec, "spec is null");
        requireNonNull(evidence, "evidence is null");
    }

    boolean derived() {
        return column == null;
    }
}
