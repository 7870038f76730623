package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.Tables;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A temporary UTF-8 CSV that a reader streams rows into (from a spreadsheet or a database cursor) so
 * that the engine, not the JVM, holds them. Each row carries its number in the source, which becomes
 * the bronze {@code _line}. The file is deleted when closed.
 */
final class StagingCsv implements Closeable {
    private static final String ROW_COLUMN = "__source_row";

    private final Path file;
    private final BufferedWriter out;
    private List<String> columns;
    private long rows;
    /** Rows the reader itself refused, with their number and reason; created with the first one. */
    private Path rejectsFile;

    private BufferedWriter rejectsOut;

    StagingCsv(String prefix) {
        try {
            file = Files.createTempFile("saleslens-" + prefix.replaceAll("[^A-Za-z0-9_]", "_") + "-", ".csv");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
    }

    void header(List<String> names) throws IOException {
        columns = List.copyOf(names);
        writeRow(ROW_COLUMN, names);
    }

    /** One source row; a null value is written as an empty unquoted field, which the engine reads as missing. */
    void row(long sourceRow, List<String> values) throws IOException {
        writeRow(Long.toString(sourceRow), values);
        rows++;
    }

    /** A source row that does not fit the header: it goes to the rejects with its number, reason and values. */
    void reject(long sourceRow, String reason, List<String> values) throws IOException {
        if (rejectsOut == null) {
            rejectsFile = Files.createTempFile(file.getFileName().toString().replace(".csv", "-rejects-"), ".csv");
            rejectsOut = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8);
            writeRow(rejectsOut, ROW_COLUMN, List.of("reason", "raw"));
        }
        String raw = values.stream().map(v -> v == null ? "" : v).collect(Collectors.joining(","));
        writeRow(rejectsOut, Long.toString(sourceRow), List.of(reason, raw));
    }

    private void writeRow(String first, List<String> values) throws IOException {
        writeRow(out, first, values);
    }

    private static void writeRow(BufferedWriter out, String first, List<String> values) throws IOException {
        out.write(first);
        for (String value : values) {
            out.write(',');
            if (value != null) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }

    long rows() {
        return rows;
    }

    /** Loads the staged rows into {@code bronzeTable} with {@code _line} set to each row's source number. */
    LoadedTable load(Engine engine, String bronzeTable, String origin) {
        return load(engine, bronzeTable, origin, 0);
    }

    /** As {@link #load(Engine, String, String)}, for a source that had {@code blankLines} empty rows among its rows. */
    LoadedTable load(Engine engine, String bronzeTable, String origin, long blankLines) {
        if (columns == null) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    origin + ": no header row found; the source needs column names in its first row");
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
        SqlDialect sql = engine.dialect();
        String staged = Tables.scratch(bronzeTable.replace('.', '_'), "staged");
        LoadedTable loaded = engine.loadCsv(staged, file, CsvFormat.DEFAULT.withOrigin(origin));
        String names = columns.stream().map(sql::quote).collect(Collectors.joining(", "));
        engine.execute("CREATE OR REPLACE VIEW " + bronzeTable + " AS SELECT " + names + ", CAST("
                + sql.quote(ROW_COLUMN) + " AS BIGINT) AS _line FROM " + staged);
        String rejected = "SELECT * FROM " + loaded.rejectedTable();
        long rejectedRows = loaded.rowsRejected();
        if (rejectsOut != null) {
            try {
                rejectsOut.close();
            } catch (IOException e) {
                throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
            }
            String refused = Tables.scratch(bronzeTable.replace('.', '_'), "refused");
            LoadedTable refusedRows = engine.loadCsv(
                    refused,
                    rejectsFile,
                    CsvFormat.DEFAULT
                            .withColumns(List.of(ROW_COLUMN, "reason", "raw"))
                            .withOrigin(origin));
            rejected += " UNION ALL SELECT CAST(" + sql.quote(ROW_COLUMN) + " AS BIGINT), reason, raw FROM " + refused;
            rejectedRows += refusedRows.rowsLoaded();
        }
        engine.replaceTable(bronzeTable + "_rejected", rejected);
        return new LoadedTable(bronzeTable, columns, loaded.rowsLoaded(), rejectedRows, blankLines, null);
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
            if (rejectsOut != null) {
                rejectsOut.close();
                Files.deleteIfExists(rejectsFile);
            }
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
    }
}
