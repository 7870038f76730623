package io.saleslens.run;

import static java.util.Objects.requireNonNull;

/**
 * Where a source's rows went. Every row read is clean, quarantined, merged into a duplicate or filtered out by the
 * spec's row filter ({@code where}): {@code rowsIn = rowsOut + quarantined + duplicatesMerged + filtered}. Repaired
 * rows are among the clean ones; filtered rows are out of the dataset's scope, not bad data.
 */
public record RowAccounting(String source, long rowsIn, long rowsOut, long duplicatesMerged, long quarantined, long repaired,
        long filtered) {

    public RowAccounting {
        requireNonNull(source, "source is null");
    }

    public RowAccounting(String source, long rowsIn, long rowsOut, long duplicatesMerged, long quarantined, long repaired) {
        this(source, rowsIn, rowsOut, duplicatesMerged, quarantined, repaired, 0);
    }

    public boolean balanced() {
        return rowsIn == rowsOut + quarantined + duplicatesMerged + filtered;
    }
}
