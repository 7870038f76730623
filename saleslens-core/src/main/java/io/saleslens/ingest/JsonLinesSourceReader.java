package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON lines (one object per line, also gzip-compressed), read by the engine; {@code _line} is the line number. The
 * engines' readers skip blank lines and number the records after them as if they were not there: a file with blank
 * lines has them counted and its records renumbered to their physical lines.
 */
final class JsonLinesSourceReader implements SourceReader {
    /** Rows of blank-line runs written to the engine in one statement. */
    private static final int RUNS_PER_INSERT = 500;

    @Override
    public boolean canRead(String format) {
        return format.equals("jsonl");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        List<BlankLines.Run> runs = BlankLines.runsInJsonLines(file, source.path());
        try {
            if (runs.isEmpty()) {
                return engine.loadJsonLines(bronzeTable, file);
            }
            String owner = bronzeTable.replace('.', '_');
            String records = Tables.scratch(owner, "records");
            LoadedTable loaded = engine.loadJsonLines(records, file);
            String offsets = Tables.scratch(owner, "blank_line_offsets");
            writeOffsets(engine, offsets, runs);
            SqlDialect sql = engine.dialect();
            String columns =
                    loaded.columns().stream().map(c -> "r." + sql.quote(c)).collect(Collectors.joining(", "));
            engine.execute("CREATE OR REPLACE VIEW " + bronzeTable + " AS SELECT " + columns
                    + ", r._line + o.skipped AS _line FROM " + records + " r JOIN " + offsets
                    + " o ON r._line BETWEEN o.first_record AND o.last_record ORDER BY r._line");
            engine.replaceTable(bronzeTable + "_rejected", "SELECT * FROM " + loaded.rejectedTable());
            long blank = runs.stream().mapToLong(BlankLines.Run::lines).sum();
            return new LoadedTable(
                    bronzeTable, loaded.columns(), loaded.rowsLoaded(), loaded.rowsRejected(), blank, null);
        } catch (SalesLensException e) {
            throw SourceReaders.namingSpecPath(e, file, source.path());
        }
    }

    /**
     * One row per stretch of records between runs of blank lines: records {@code first_record} to
     * {@code last_record} (counted without blank lines) lie {@code skipped} lines further down the file.
     */
    private static void writeOffsets(Engine engine, String table, List<BlankLines.Run> runs) {
        engine.execute(
                "CREATE OR REPLACE TABLE " + table + " (first_record BIGINT, last_record BIGINT, skipped BIGINT)");
        List<String> rows = new ArrayList<>();
        long first = 1;
        long skipped = 0;
        for (BlankLines.Run run : runs) {
            rows.add("(" + first + ", " + run.recordsBefore() + ", " + skipped + ")");
            first = run.recordsBefore() + 1;
            skipped += run.lines();
            if (rows.size() == RUNS_PER_INSERT) {
                insert(engine, table, rows);
            }
        }
        rows.add("(" + first + ", " + Long.MAX_VALUE + ", " + skipped + ")");
        insert(engine, table, rows);
    }

    private static void insert(Engine engine, String table, List<String> rows) {
        engine.execute("INSERT INTO " + table + " VALUES " + String.join(", ", rows));
        rows.clear();
    }
}
