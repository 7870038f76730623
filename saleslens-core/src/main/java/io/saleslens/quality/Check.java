package io.saleslens.quality;

import io.saleslens.spec.CheckSpec;

/**
 * One data-quality rule on a bronze source (every column as text, plus {@code _line}): either a {@link RowCheck},
 * which says which rows fail, or a {@link TableCheck}, which measures one value for the whole source.
 */
public sealed interface Check permits RowCheck, TableCheck {

    String source();

    CheckSpec spec();

    default String id() {
        return spec().idFor(source());
    }

    /** What a passing source looks like, in words, for quality.json. */
    String threshold();
}
