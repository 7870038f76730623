package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

/**
 * Where a source's rows went. Every row read is clean, quarantined, merged into a duplicate or filtered out by the
 * spec's row filter ({@code where}): {@code rowsIn = rowsOut + quarantined + duplicatesMerged + filtered}; filtered rows
 * are out of the dataset's scope, not bad data. {@code rowsIn} counts rows, not blank lines: an empty line of a text
 * file is no row and is counted in {@code blankLines}, so a delimited file's physical lines are its header line,
 * {@code rowsIn} and {@code blankLines} (a row whose quoted field holds line breaks spans several lines); a file
 * without a header line, or of JSON lines, is {@code rowsIn} and {@code blankLines}; a sheet's rows up to its last
 * filled one are its header row, {@code rowsIn} and {@code blankLines}.
 * {@code repaired} counts the source's lines with at least one repaired value, {@code repairedValues} the values (the
 * source's rows of repairs.csv; a line whose first and last name were both trimmed is one line and two values). A
 * check's fix repairs every line it fails, so a repaired line may be one that was later quarantined or merged.
 */
public record RowAccounting(
        String source,
        long rowsIn,
        long rowsOut,
        long duplicatesMerged,
        long quarantined,
        long repaired,
        long filtered,
        long repairedValues,
        long blankLines) {

    public RowAccounting {
        requireNonNull(source, "source is null");
        if (blankLines < 0) {
            throw new IllegalArgumentException("blankLines must not be negative, got " + blankLines);
        }
    }

    public RowAccounting(
            String source,
            long rowsIn,
            long rowsOut,
            long duplicatesMerged,
            long quarantined,
            long repaired,
            long filtered,
            long repairedValues) {
        this(source, rowsIn, rowsOut, duplicatesMerged, quarantined, repaired, filtered, repairedValues, 0);
    }

    public RowAccounting(
            String source,
            long rowsIn,
            long rowsOut,
            long duplicatesMerged,
            long quarantined,
            long repaired,
            long filtered) {
        this(source, rowsIn, rowsOut, duplicatesMerged, quarantined, repaired, filtered, repaired);
    }

    public RowAccounting(
            String source, long rowsIn, long rowsOut, long duplicatesMerged, long quarantined, long repaired) {
        this(source, rowsIn, rowsOut, duplicatesMerged, quarantined, repaired, 0);
    }

    public boolean balanced() {
        return rowsIn == rowsOut + quarantined + duplicatesMerged + filtered;
    }
}
