package io.saleslens.engine;

import static io.saleslens.error.SalesLensException.userError;

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
        String reader = "read_csv(" + sql.literal(file.toString())
                + ", all_varchar = true, header = " + format.header()
                + ", delim = " + sql.literal(String.valueOf(format.delimiter()))
                + ", quote = " + sql.literal(String.valueOf(format.quote()))
                + ", escape = " + sql.literal(String.valueOf(format.quote()))
                + ", encoding = " + sql.literal(format.encoding())
                + ", store_rejects = true, rejects_table = " + sql.literal(suffix + "_errors")
                + ", rejects_scan = " + sql.literal(suffix + "_scans") + ")";
        // The rowid of the raw table is the row's position in the file only when insertion order is kept.
        engine.execute("SET preserve_insertion_order = true");
        try {
            engine.execute("CREATE OR REPLACE TABLE " + raw + " AS SELECT * FROM " + reader);
        } catch (SalesLensException e) {
            throw userError(file + ": cannot be read as CSV (" + firstLine(e.getMessage())
                    + "); check that it is a delimited text file", e);
        }
        List<String> columns = engine.columns(raw);
        String rejectedTable = table + "_rejected";
        engine.execute("CREATE OR REPLACE TABLE " + rejectedTable + " AS SELECT CAST(line AS BIGINT) AS _line, "
                + "string_agg(error_type || coalesce(' in column ' || column_name, ''), '; ' ORDER BY column_idx) AS reason, "
                + "any_value(csv_line) AS raw FROM " + suffix + "_errors GROUP BY line ORDER BY line");
        long rejected = engine.queryLong("SELECT count(*) FROM " + rejectedTable);
        String columnList = columns.stream().map(sql::quote).map(c -> "r." + c).collect(Collectors.joining(", "));
        int firstDataLine = format.header() ? 2 : 1;
        if (rejected == 0) {
            engine.execute("CREATE OR REPLACE VIEW " + table + " AS SELECT " + columnList
                    + ", CAST(r.rowid + " + firstDataLine + " AS BIGINT) AS _line FROM " + raw + " r");
        } else {
            // Accepted row n sits on line firstDataLine + n + (rejected lines before it). The k-th rejected line
            // (0-based) follows (its line - firstDataLine - k) accepted rows: an as-of join finds that count.
            engine.execute("CREATE OR REPLACE TABLE " + table + " AS"
                    + " WITH skipped AS (SELECT _line - " + firstDataLine + " - (row_number() OVER (ORDER BY _line) - 1) AS accepted_before,"
                    + " row_number() OVER (ORDER BY _line) AS rejected_so_far FROM " + rejectedTable + "),"
                    + " steps AS (SELECT accepted_before, max(rejected_so_far) AS rejected_so_far FROM skipped GROUP BY accepted_before),"
                    + " numbered AS (SELECT *, rowid AS _row FROM " + raw + ")"
                    + " SELECT " + columnList + ", CAST(r._row + " + firstDataLine + " + coalesce(s.rejected_so_far, 0) AS BIGINT) AS _line"
                    + " FROM numbered r ASOF LEFT JOIN steps s ON r._row >= s.accepted_before ORDER BY r._row");
        }
        engine.execute("SET preserve_insertion_order = false");
        engine.execute("DROP TABLE IF EXISTS " + suffix + "_errors");
        engine.execute("DROP TABLE IF EXISTS " + suffix + "_scans");
        long loaded = engine.queryLong("SELECT count(*) FROM " + table);
        return new LoadedTable(table, columns, loaded, rejected);
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).replaceFirst("^engine error: ", "");
    }
}
