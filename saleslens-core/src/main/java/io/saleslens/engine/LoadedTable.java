package io.saleslens.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A text file loaded into the engine.
 *
 * @param rowsLoaded rows that reached the table
 * @param rowsRejected rows the parser could not split (kept in {@code <table>_rejected})
 */
public record LoadedTable(String table, List<String> columns, long rowsLoaded, long rowsRejected) {

    public LoadedTable {
        requireNonNull(table, "table is null");
        columns = List.copyOf(columns);
    }

    public long rowsRead() {
        return rowsLoaded + rowsRejected;
    }

    public String rejectedTable() {
        return table + "_rejected";
    }
}
