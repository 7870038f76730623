package io.saleslens.engine;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text file loaded into the engine.
 *
 * @param rowsLoaded rows that reached the table
 * @param rowsRejected rows the parser could not split (kept in {@code <table>_rejected})
 * @param blankLines physical lines that hold nothing (not even a delimiter; JSON white space in JSON lines; empty
 *     sheet rows), which are no row
 * @param dialect how the file was read (encoding, delimiter, byte-order mark, rows with decoded non-ASCII bytes)
 */
public record LoadedTable(
        String table,
        List<String> columns,
        long rowsLoaded,
        long rowsRejected,
        long blankLines,
        Map<String, Object> dialect) {

    public LoadedTable {
        requireNonNull(table, "table is null");
        columns = List.copyOf(columns);
        if (blankLines < 0) {
            throw new IllegalArgumentException("blankLines must not be negative, got " + blankLines);
        }
        dialect = dialect == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dialect));
    }

    public LoadedTable(
            String table, List<String> columns, long rowsLoaded, long rowsRejected, Map<String, Object> dialect) {
        this(table, columns, rowsLoaded, rowsRejected, 0, dialect);
    }

    public LoadedTable(String table, List<String> columns, long rowsLoaded, long rowsRejected) {
        this(table, columns, rowsLoaded, rowsRejected, 0, null);
    }

    public LoadedTable withDialect(Map<String, Object> readDialect) {
        return new LoadedTable(table, columns, rowsLoaded, rowsRejected, blankLines, readDialect);
    }

    public long rowsRead() {
        return rowsLoaded + rowsRejected;
    }

    public String rejectedTable() {
        return table + "_rejected";
    }
}
