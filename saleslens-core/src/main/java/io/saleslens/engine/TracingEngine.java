package io.saleslens.engine;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * An engine that writes the time of every statement it passes on to a trace file (milliseconds, a tab,
 * the statement on one line). Profiling a large run starts here: the slowest statements name the step to improve.
 * Opened by {@link Engines#open} when the environment variable {@value #VARIABLE} names a file.
 */
public final class TracingEngine implements Engine {
    public static final String VARIABLE = "SALESLENS_TRACE_SQL";

    private final Engine engine;
    private final Writer trace;

    public TracingEngine(Engine engine, Path traceFile) {
        this.engine = engine;
        try {
            this.trace = Files.newBufferedWriter(
                    traceFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.OPTION_INVALID), "cannot write the SQL trace " + traceFile, e);
        }
    }

    @Override
    public SqlDialect dialect() {
        return engine.dialect();
    }

    @Override
    public void execute(String sql) {
        timed(sql, () -> {
            engine.execute(sql);
            return null;
        });
    }

    @Override
    public List<Map<String, Object>> query(String sql) {
        return timed(sql, () -> engine.query(sql));
    }

    @Override
    public int partsFor(long rows) {
        return engine.partsFor(rows);
    }

    @Override
    public boolean tableExists(String table) {
        return engine.tableExists(table);
    }

    @Override
    public List<String> columns(String table) {
        return engine.columns(table);
    }

    @Override
    public LoadedTable loadCsv(String table, Path file, CsvFormat format) {
        return timed("-- load csv " + file + " into " + table, () -> engine.loadCsv(table, file, format));
    }

    @Override
    public <T> T watchingProgress(DoubleConsumer percentDone, Supplier<T> work) {
        return engine.watchingProgress(percentDone, work);
    }

    @Override
    public LoadedTable loadParquet(String table, Path file) {
        return timed("-- load parquet " + file + " into " + table, () -> engine.loadParquet(table, file));
    }

    @Override
    public LoadedTable loadJsonLines(String table, Path file) {
        return timed("-- load json lines " + file + " into " + table, () -> engine.loadJsonLines(table, file));
    }

    @Override
    public void writeParquet(String table, Path target) {
        timed("-- write parquet " + table + " to " + target, () -> {
            engine.writeParquet(table, target);
            return null;
        });
    }

    @Override
    public void writeCsv(String sql, Path target) {
        timed("-- write csv " + target + ": " + sql, () -> {
            engine.writeCsv(sql, target);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            trace.close();
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot close the SQL trace", e);
        } finally {
            engine.close();
        }
    }

    private <T> T timed(String sql, Supplier<T> statement) {
        long started = System.nanoTime();
        try {
            return statement.get();
        } finally {
            try {
                trace.write((System.nanoTime() - started) / 1_000_000 + "\t" + sql.replaceAll("\\s+", " ") + "\n");
                trace.flush();
            } catch (IOException e) {
                throw new SalesLensException(
                        DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write the SQL trace", e);
            }
        }
    }
}
