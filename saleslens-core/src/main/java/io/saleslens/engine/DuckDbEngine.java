package io.saleslens.engine;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The embedded engine: an in-process DuckDB database that spills to a temporary folder when memory runs short. */
public final class DuckDbEngine implements Engine, KeepsTables {
    /** The encodings DuckDB's CSV reader decodes itself. */
    private static final Set<String> CSV_ENCODINGS =
            Set.of("utf-8", "utf8", "latin-1", "latin1", "iso-8859-1", "utf-16");

    private static final long PROGRESS_POLL_MILLIS = 500;

    private final Connection connection;
    /** The statement {@link #execute} is running, for {@link #watchingProgress} to ask how far it has got. */
    private volatile Statement running;

    private final SqlDialect dialect = new DuckDbDialect();

    /**
     * The memory a row of a customer's width takes in a window or hash table, for {@link #partsFor}: under a 1 GB
     * limit a window over the 31.3M customer rows of 100M order lines took 56 s whole, 46.5 s in 2 parts and 37.7 s
     * in 4 or 8 (3.9M rows a part, 4.6 s each); the 3.1M customers of 10M lines fit whole.
     */
    private static final long BYTES_PER_PART_ROW = 128;

    private static final int MAX_PARTS = 64;
    private static final String OUT_OF_MEMORY = "Out of Memory Error:";
    private static final Pattern MEMORY_SIZE = Pattern.compile("([0-9.]+) ?(bytes|KiB|MiB|GiB|TiB|PiB)");

    /**
     * @param spillDirectory where DuckDB writes what does not fit in {@code memoryLimit}
     * @param memoryLimit DuckDB's limit, such as "2GB"; null leaves DuckDB's default
     */
    public DuckDbEngine(Path spillDirectory, String memoryLimit) {
        try {
            // A database file in the spill folder, not an in-memory database: DuckDB can then evict the pages of
            // every table to disk, so memory stays within the limit however many rows the run holds.
            Files.createDirectories(spillDirectory);
            connection = DuckDbNativeLibrary.connect("jdbc:duckdb:" + spillDirectory.resolve("engine.duckdb"));
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED),
                    "cannot create " + spillDirectory + ": " + e.getMessage(),
                    e);
        } catch (SQLException e) {
            throw new SalesLensException(ErrorCode.ENGINE_FAILED, "cannot start DuckDB: " + e.getMessage(), e);
        }
        // Row order matters only while a CSV is loaded (DuckDbCsvLoader numbers rows by it); everywhere else
        // SQL orders explicitly, and keeping insertion order makes DuckDB hold more in memory on large tables.
        execute("SET preserve_insertion_order = false");
        // DuckDB measures a statement's progress only with its progress bar on; the bar itself is never printed.
        execute("SET enable_progress_bar = true");
        execute("SET enable_progress_bar_print = false");
        execute("SET progress_bar_time = 0");
        execute("SET temp_directory = " + dialect.literal(spillDirectory.toString()));
        if (memoryLimit != null) {
            execute("SET memory_limit = " + dialect.literal(memoryLimit));
        }
        for (String schema : List.of("bronze", "silver", "gold", "quarantine", "work")) {
            execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            running = statement;
            statement.execute(sql);
        } catch (SQLException e) {
            throw sqlFailure(sql, e);
        } finally {
            running = null;
        }
    }

    /** Polls DuckDB's progress of the running statement twice a second from a daemon thread while {@code work} runs. */
    @Override
    public <T> T watchingProgress(DoubleConsumer percentDone, Supplier<T> work) {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "saleslens-query-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleAtFixedRate(
                () -> {
                    Statement statement = running;
                    if (statement != null) {
                        try {
                            // By reflection: the driver's classes may come from the class loader of the cached
                            // native library (DuckDbNativeLibrary), not from ours.
                            Object progress = statement
                                    .getClass()
                                    .getMethod("getQueryProgress")
                                    .invoke(statement);
                            double percent = (double) progress.getClass()
                                    .getMethod("getPercentage")
                                    .invoke(progress);
                            if (percent > 0) {
                                percentDone.accept(Math.min(percent, 100));
                            }
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            // The statement ended between the read of the field and the call: nothing to report.
                        }
                    }
                },
                PROGRESS_POLL_MILLIS,
                PROGRESS_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            poller.shutdownNow();
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), normalise(rows.getObject(i)));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw sqlFailure(sql, e);
        }
    }

    @Override
    public int partsFor(long rows) {
        long limit = memoryLimitBytes();
        long parts = limit <= 0 ? 1 : (rows * BYTES_PER_PART_ROW + limit - 1) / limit;
        return (int) Math.max(1, Math.min(MAX_PARTS, parts));
    }

    /** DuckDB's memory limit in bytes as it reports it ("953.6 MiB"), or 0 when the report cannot be read. */
    private long memoryLimitBytes() {
        Object setting =
                query("SELECT current_setting('memory_limit') AS m").get(0).get("m");
        Matcher size = MEMORY_SIZE.matcher(String.valueOf(setting));
        if (!size.matches()) {
            return 0;
        }
        int power = List.of("bytes", "KiB", "MiB", "GiB", "TiB", "PiB").indexOf(size.group(2));
        return (long) (Double.parseDouble(size.group(1)) * Math.pow(1024, power));
    }

    @Override
    public boolean tableExists(String table) {
        int dot = table.indexOf('.');
        return queryLong("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                        + dialect.literal(dot < 0 ? "main" : table.substring(0, dot)) + " AND table_name = "
                        + dialect.literal(table.substring(dot + 1)))
                > 0;
    }

    @Override
    public List<String> columns(String table) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> row : query("DESCRIBE " + table)) {
            names.add((String) row.get("column_name"));
        }
        return names;
    }

    @Override
    public LoadedTable loadCsv(String table, Path file, CsvFormat format) {
        return new DuckDbCsvLoader(this).load(table, file, format);
    }

    @Override
    public boolean readsCsvEncoding(String encoding) {
        return CSV_ENCODINGS.contains(encoding.toLowerCase(Locale.ROOT));
    }

    @Override
    public LoadedTable loadParquet(String table, Path file) {
        return new DuckDbFileLoader(this).loadParquet(table, file);
    }

    @Override
    public LoadedTable loadJsonLines(String table, Path file) {
        return new DuckDbFileLoader(this).loadJsonLines(table, file);
    }

    @Override
    public void writeParquet(String table, Path target) {
        execute("COPY (SELECT * FROM " + table + ") TO " + dialect.literal(target.toString()) + " (FORMAT parquet)");
    }

    @Override
    public void writeCsv(String sql, Path target) {
        execute("COPY (" + sql + ") TO " + dialect.literal(target.toString()) + " (FORMAT csv, HEADER true)");
    }

    @Override
    public void attach(Path file, String alias) {
        execute("ATTACH " + dialect.literal(file.toString()) + " AS " + alias);
    }

    @Override
    public void detach(String alias) {
        execute("CHECKPOINT " + alias);
        execute("DETACH " + alias);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new SalesLensException(ErrorCode.ENGINE_FAILED, "cannot close DuckDB: " + e.getMessage(), e);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }

    static SalesLensException sqlFailure(String sql, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("No files found") || message.contains("Cannot open file")) {
            return new SalesLensException(
                    message.contains("No files found") ? ErrorCode.SOURCE_NOT_FOUND : ErrorCode.SOURCE_UNREADABLE,
                    message.lines().findFirst().orElse(message),
                    e);
        }
        String firstLine = message.lines().findFirst().orElse(message);
        if (firstLine.contains(OUT_OF_MEMORY)) {
            // What did not fit is the user's limit, not the statement: the message says how to run, not what ran.
            return new SalesLensException(
                    ErrorCode.MEMORY_LIMIT_EXCEEDED,
                    "DuckDB ran out of memory within its limit, even spilling to disk ("
                            + firstLine
                                    .substring(firstLine.indexOf(OUT_OF_MEMORY) + OUT_OF_MEMORY.length())
                                    .strip()
                            + "); give a larger --memory-limit, such as 1GB",
                    e);
        }
        return new SalesLensException(ErrorCode.ENGINE_FAILED, "engine error: " + firstLine + "\n  in SQL: " + sql, e);
    }
}
