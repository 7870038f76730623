package io.saleslens.engine;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads self-describing files (Parquet, JSON lines) into DuckDB in the bronze shape: every column as
 * text, plus {@code _line}, the row's number in the file (1 for the first row).
 */
final class DuckDbFileLoader {
    private final DuckDbEngine engine;
    private final SqlDialect sql;

    DuckDbFileLoader(DuckDbEngine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    LoadedTable loadParquet(String table, Path file) {
        return load(table, file, "read_parquet(" + sql.literal(file.toString()) + ")", "Parquet");
    }

    LoadedTable loadJsonLines(String table, Path file) {
        // The whole file decides each column's type, so a value late in the file cannot break the load.
        return load(
                table,
                file,
                "read_json(" + sql.literal(file.toString()) + ", format = 'newline_delimited', sample_size = -1)",
                "JSON lines (one object per line)");
    }

    private LoadedTable load(String table, Path file, String reader, String formatName) {
        String raw = "work." + table.replace('.', '_') + "_raw";
        try {
            // _line is the row's place in the table: the parallel reader must keep the file's order (off elsewhere).
            engine.execute("SET preserve_insertion_order = true");
            engine.execute("CREATE OR REPLACE TABLE " + raw + " AS SELECT * FROM " + reader);
        } catch (SalesLensException e) {
            if (e.code() == ErrorCode.MEMORY_LIMIT_EXCEEDED) {
                throw e;
            }
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    file + ": cannot be read as " + formatName + " ("
                            + e.getMessage().lines().findFirst().orElse("").replaceFirst("^engine error: ", "")
                            + "); check the file or the source's format",
                    e);
        } finally {
            engine.execute("SET preserve_insertion_order = false");
        }
        List<String> columns = engine.columns(raw);
        // A JSON field whose values mix types arrives as JSON; its text is the value, without JSON quotes.
        String texts = engine.query("DESCRIBE " + raw).stream()
                .map(c -> {
                    String name = sql.quote((String) c.get("column_name"));
                    String text = "JSON".equals(c.get("column_type"))
                            ? "json_extract_string(" + name + ", '$')"
                            : "CAST(" + name + " AS VARCHAR)";
                    return text + " AS " + name;
                })
                .collect(Collectors.joining(", "));
        engine.execute("CREATE OR REPLACE VIEW " + table + " AS SELECT " + texts
                + ", CAST(rowid + 1 AS BIGINT) AS _line FROM " + raw);
        engine.execute("CREATE OR REPLACE TABLE " + table + "_rejected (_line BIGINT, reason VARCHAR, raw VARCHAR)");
        return new LoadedTable(table, columns, engine.queryLong("SELECT count(*) FROM " + raw), 0);
    }
}
