package io.saleslens.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Where the rows live. The pipeline sends SQL (written through {@link #dialect()}) and receives only
 * aggregates: every result of {@link #query} is small, bounded by groups, never by rows.
 */
public interface Engine extends AutoCloseable {

    SqlDialect dialect();

    void execute(String sql);

    /** Runs a query whose result is small (aggregates, samples) and returns its rows in order. */
    List<Map<String, Object>> query(String sql);

    /** The first column of the first row of a query, as a long. */
    default long queryLong(String sql) {
        Object value = query(sql).get(0).values().iterator().next();
        return value == null ? 0L : ((Number) value).longValue();
    }

    /**
     * Materialises a query as {@code table}, replacing a table of that name. Spark's catalog cannot replace a
     * table in one statement, so the old one is dropped first on every engine.
     */
    default void replaceTable(String table, String query) {
        execute("DROP TABLE IF EXISTS " + table);
        execute(dialect().createTable(table, query));
    }

    /**
     * In how many parts a statement should run whose hash table or window holds {@code rows} rows about as wide as a
     * customer's (ten columns), so that each part fits the engine's memory: 1 where the engine partitions for itself.
     */
    default int partsFor(long rows) {
        return 1;
    }

    /**
     * Materialises {@code query.apply(part)} for every part as one {@code table}: with one part, the query itself.
     * Each part's query keeps the rows whose key {@link SqlDialect#inPart} assigns to it, so the parts' rows together
     * are the whole query's when every group, window partition or join key falls in one part.
     */
    default void replaceTableInParts(String table, int parts, IntFunction<String> query) {
        replaceTable(table, query.apply(0));
        for (int part = 1; part < parts; part++) {
            execute("INSERT INTO " + table + " " + query.apply(part));
        }
    }

    /** Whether a table or view named {@code schema.name} exists. */
    boolean tableExists(String table);

    /** Column names of a table, in order. */
    List<String> columns(String table);

    /**
     * Loads a delimited text file into {@code table} with every column as text plus {@code _line}, the
     * line number of the row in the file. Rows the parser cannot split into the header's columns go
     * into {@code <table>_rejected (_line, reason, raw)} instead.
     */
    LoadedTable loadCsv(String table, Path file, CsvFormat format);

    /** Whether {@link #loadCsv} decodes this encoding itself; files in any other are copied to UTF-8 first. */
    default boolean readsCsvEncoding(String encoding) {
        return encoding.equalsIgnoreCase("utf-8") || encoding.equalsIgnoreCase("utf8");
    }

    /**
     * Runs {@code work}, telling {@code percentDone} now and then how far the engine has got through the statement it
     * is running (0 to 100), for work that reads a large file in one statement. An engine that cannot tell says
     * nothing.
     */
    default <T> T watchingProgress(DoubleConsumer percentDone, Supplier<T> work) {
        return work.get();
    }

    /** Loads a Parquet file into {@code table}: every column as text plus {@code _line}, the row number (from 1). */
    LoadedTable loadParquet(String table, Path file);

    /** Loads a JSON-lines file (one object per line) into {@code table}: every field as text plus {@code _line}. */
    LoadedTable loadJsonLines(String table, Path file);

    void writeParquet(String table, Path target);

    /** Writes a query's result as CSV with a header. */
    void writeCsv(String sql, Path target);

    @Override
    void close();
}
