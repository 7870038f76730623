package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

/**
 * A column of a probed file, its format and the meaning it was given (null when none).
 *
 * @param tier 1 when the column has a name the meaning usually has, 2 when it follows the name pattern
 * @param confidence how sure the match is, from 0 to 1
 */
public record ColumnMatch(String column, ValueFormat format, Meaning meaning, int tier, double confidence, long distinct, long values) {

    public ColumnMatch {
        requireNonNull(column, "column is null");
        requireNonNull(format, "format is null");
    }

    String evidence() {
        String name = meaning == null ? "" : tier == 1 ? "name '" + column + "'; " : "name pattern of '" + column + "'; ";
        return name + format.evidence();
    }
}
