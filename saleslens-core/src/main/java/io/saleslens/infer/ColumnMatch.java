package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

/**
 * A column of a probed file, its format and the meaning it was given (null when none).
 *
 * @param tier 1 when the column has a name the meaning usually has, 2 when it follows the name pattern
 * @param confidence how sure the match is, from 0 to 1
 * @param contradiction why the values refused a meaning the name suggested, or null
 */
public record ColumnMatch(
        String column,
        ValueFormat format,
        Meaning meaning,
        int tier,
        double confidence,
        long distinct,
        long values,
        String contradiction) {

    public ColumnMatch {
        requireNonNull(column, "column is null");
        requireNonNull(format, "format is null");
    }

    public ColumnMatch(
            String column,
            ValueFormat format,
            Meaning meaning,
            int tier,
            double confidence,
            long distinct,
            long values) {
        this(column, format, meaning, tier, confidence, distinct, values, null);
    }

    /** What the column was taken for, or why it was taken for nothing, for messages that list every column. */
    String describe() {
        String taken = meaning == null ? "nothing" : meaning.column().replace('_', ' ');
        return "'" + column + "' -> " + taken + " (" + format.evidence()
                + (contradiction == null ? "" : "; " + contradiction) + ")";
    }

    String evidence() {
        String name =
                meaning == null ? "" : tier == 1 ? "name '" + column + "'; " : "name pattern of '" + column + "'; ";
        return name + format.evidence();
    }
}
