package io.saleslens.engine;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads a CSV file as text into DuckDB. DuckDB skips the rows it cannot split and records them in
 * its rejects table; line numbers of the accepted rows are rebuilt from their order and the lines
 * that were rejected before them.
 */
final class DuckDbCsvLoader {
    private final DuckDbEngine engine;
    private final SqlDialect sql;

    DuckDbCsvLoader(DuckDbEngine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    LoadedTable load(String table, Path file, CsvFormat format) {
        String suffix = table.replace('.', '_');
        String raw = "work." + suffix + "_raw";
        String quote = format.quote() == 0 ? "" : String.valueOf(format.quote());
        // With the header's names known, DuckDB reads without sniffing: its sniffer gives up on a file whose
        // quotes or widths are broken, while a plain read rejects only the broken lines.
        String layout = format.columns().isEmpty()
                ? "header = " + format.header()
                : "header = false, skip = 1, auto_detect = false, columns = {"
                        + format.columns().stream()
                                .map(c -> sql.literal(c) + ": 'VARCHAR'")
                                .collect(Collectors.joining(", "))
                        + "}";
        String reader = "read_csv(" + sql.literal(file.toString())
                + ", all_varchar = true, " + layout
                + ", delim = " + sql.literal(String.valueOf(format.delimiter()))
                + ", quote = " + sql.literal(quote)
                + ", escape = " + sql.literal(quote)
                + ", encoding = " + sql.literal(format.encoding())
                + ", store_rejects = true, rejects_table = " + sql.literal(suffix + "_errors")
                + ", rejects_scan = " + sql.literal(suffix + "_scans") + ")";
        // The rowid of the raw table is the row's position in the file only when insertion order is kept.
        engine.execute("SET preserve_insertion_order = true");
        try {
            engine.execute("CREATE OR REPLACE TABLE " + raw + " AS SELECT * FROM " + reader);
        } catch (SalesLensException e) {
            if (e.code() == ErrorCode.MEMORY_LIMIT_EXCEEDED) {
                throw e;
            }
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    format.nameOf(file) + ": cannot be read as CSV ("
                            + firstLine(e.getMessage()).replace(file.toString(), format.nameOf(file))
                            + "); check that it is a delimited text file",
                    e);
        }
        List<String> columns = engine.columns(raw);
        failOnUnterminatedQuote(format.nameOf(file), suffix + "_errors");
        String rejectedTable = table + "_rejected";
        engine.execute("CREATE OR REPLACE TABLE " + rejectedTable + " AS SELECT CAST(line AS BIGINT) AS _line, "
                + "string_agg(reason, '; ' ORDER BY column_idx) AS reason, any_value(raw) AS raw FROM ("
                + "SELECT line, " + reason(format, columns.size())
                + " AS reason, min(column_idx) AS column_idx, any_value(csv_line) AS raw"
                + " FROM " + suffix + "_errors GROUP BY ALL) GROUP BY line ORDER BY line");
        long rejected = engine.queryLong("SELECT count(*) FROM " + rejectedTable);
        String columnList = columns.stream().map(sql::quote).map(c -> "r." + c).collect(Collectors.joining(", "));
        int firstDataLine = format.header() ? 2 : 1;
        if (rejected == 0) {
            engine.execute("CREATE OR REPLACE VIEW " + table + " AS SELECT " + columnList + ", CAST(r.rowid + "
                    + firstDataLine + " AS BIGINT) AS _line FROM " + raw + " r");
        } else {
            // Accepted row n sits on line firstDataLine + n + (rejected lines before it). The k-th rejected line
            // (0-based) follows (its line - firstDataLine - k) accepted rows: an as-of join finds that count.
            engine.execute("CREATE OR REPLACE TABLE " + table + " AS"
                    + " WITH skipped AS (SELECT _line - " + firstDataLine
                    + " - (row_number() OVER (ORDER BY _line) - 1) AS accepted_before,"
                    + " row_number() OVER (ORDER BY _line) AS rejected_so_far FROM " + rejectedTable + "),"
                    + " steps AS (SELECT accepted_before, max(rejected_so_far) AS rejected_so_far FROM skipped GROUP BY accepted_before),"
                    + " numbered AS (SELECT *, rowid AS _row FROM " + raw + ")"
                    + " SELECT " + columnList + ", CAST(r._row + " + firstDataLine
                    + " + coalesce(s.rejected_so_far, 0) AS BIGINT) AS _line"
                    + " FROM numbered r ASOF LEFT JOIN steps s ON r._row >= s.accepted_before ORDER BY r._row");
        }
        engine.execute("SET preserve_insertion_order = false");
        engine.execute("DROP TABLE IF EXISTS " + suffix + "_errors");
        engine.execute("DROP TABLE IF EXISTS " + suffix + "_scans");
        long loaded = engine.queryLong("SELECT count(*) FROM " + table);
        return new LoadedTable(table, columns, loaded, rejected);
    }

    /** A quote that never closes swallows the rest of the file into one field: that is a broken file, not a bad row. */
    private void failOnUnterminatedQuote(String fileName, String errors) {
        var swallowed = engine.query("SELECT CAST(line AS BIGINT) AS line FROM " + errors
                + " WHERE error_type = 'UNQUOTED VALUE'" + " AND strpos(csv_line, chr(10)) > 0 ORDER BY line LIMIT 1");
        if (!swallowed.isEmpty()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    fileName + " line " + swallowed.get(0).get("line")
                            + ": unterminated quote (the field runs to the end"
                            + " of the file); close the quote in the file or set quote: none for this source");
        }
    }

    /**
     * Why a line was rejected: for a line with too many or too few fields, how many it has (its delimiters outside
     * quoted text, plus one) against the header's; otherwise DuckDB's error type and column.
     */
    private String reason(CsvFormat format, int expected) {
        char quote = format.quote();
        String q = Character.isLetterOrDigit(quote) ? String.valueOf(quote) : "\\" + quote;
        String unquoted = quote == 0
                ? "csv_line"
                : "regexp_replace(csv_line, " + sql.literal(q + "[^" + q + "]*" + q) + ", '', 'g')";
        String fields = "(length(" + unquoted + ") - length(replace(" + unquoted + ", "
                + sql.literal(String.valueOf(format.delimiter())) + ", '')) + 1)";
        return "CASE WHEN error_type IN ('TOO MANY COLUMNS', 'MISSING COLUMNS') THEN CAST(" + fields
                + " AS VARCHAR) || ' fields, expected " + expected
                + "' ELSE error_type || coalesce(' in column ' || column_name, '') END";
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).replaceFirst("^engine error: ", "");
    }
}
