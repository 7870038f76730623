package io.saleslens.stage;

import java.util.List;

/**
 * Rows in, clean, quarantined, merged and filtered for every source, the accounting that guards publishing. Before
 * cleaning (a validation run) a source's lines are only read, loaded or rejected: {@link #ofLoaded}.
 */
public record RowAccounts(List<RowAccounting> sources) implements StageResult {

    public RowAccounts {
        sources = List.copyOf(sources);
    }

    /** The accounting of sources that were loaded but not cleaned: loaded lines are out, rejected ones quarantined. */
    public static RowAccounts ofLoaded(LoadedSources loaded) {
        return new RowAccounts(loaded.tables().entrySet().stream()
                .map(e -> new RowAccounting(
                        e.getKey(),
                        e.getValue().rowsRead(),
                        e.getValue().rowsLoaded(),
                        0,
                        e.getValue().rowsRejected(),
                        0,
                        0,
                        0,
                        e.getValue().blankLines()))
                .toList());
    }

    @Override
    public long rows() {
        return sources.stream().mapToLong(RowAccounting::rowsIn).sum();
    }
}
