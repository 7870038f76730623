package io.saleslens.run;

import static java.util.Objects.requireNonNull;

/**
 * Where a source's rows went. Every row read is clean, quarantined or merged into a duplicate:
 * {@code rowsIn = rowsOut + quarantined + duplicatesMerged}. Repaired rows are among the clean ones.
 */
public record RowAccounting(String source, long rowsIn, long rowsOut, long duplicatesMerged, long quarantined, long repaired) {

    public RowAccounting {
        requireNonNull(source, "source is null");
    }

    public boolean balanced() {
        return rowsIn == rowsOut + quarantined + duplicatesMerged;
    }
}
