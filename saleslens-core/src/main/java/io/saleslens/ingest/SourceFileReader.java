package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.KeepsTables;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.FileLines;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.SourceFiles;
import io.saleslens.stage.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a source's files into its bronze table: a single file straight in, the files of a glob (or any file when the
 * run keeps state) each on its own, then put together in file order. A glob's row on line n of its k-th file gets
 * {@code _line = k * }{@link SourceFiles#LINES_PER_FILE}{@code + n}, and {@code bronze.<source>__files} maps each file's
 * number back to its path, so quarantined and repaired lines name the file and its own line.
 */
final class SourceFileReader {
    private final RunContext context;
    private final Engine engine;
    private final BronzeState state;
    private final long totalBytes;
    private long bytesRead;

    SourceFileReader(RunContext context, BronzeState state, long totalBytes) {
        this.context = context;
        this.engine = context.engine();
        this.state = state;
        this.totalBytes = totalBytes;
    }

    /** The source's bronze table; the lines of each of its files are added to {@code lines}. */
    LoadedTable read(String source, SourceSpec spec, List<FileLines> lines) {
        if (spec.isJdbc()) {
            LoadedTable table = readOne(source, spec, null, Tables.bronze(source));
            lines.add(new FileLines(spec.location(), 0, table.rowsLoaded(), table.rowsRejected(), 0));
            return table;
        }
        List<InputFile> inputs = inputsOf(source, spec);
        if (spec.isGlob() && !(engine instanceof KeepsTables)) {
            // The files of a glob are put together in the engine's own database, which a cluster engine has not.
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "source '" + source + "': the path " + spec.path() + " is a glob, which this engine does not read;"
                            + " run it with --engine duckdb, or give each file as a source of its own");
        }
        if (!spec.isGlob() && !state.active()) {
            InputFile input = inputs.get(0);
            LoadedTable table = readOne(source, spec, input, Tables.bronze(source));
            // Counted as read; an inactive state keeps nothing.
            state.store(source, input, table);
            lines.add(linesOf(input.path(), spec, table));
            return table;
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            Optional<BronzeState.StoredFile> stored = state.find(source, input);
            LoadedTable read;
            if (stored.isPresent()) {
                read = stored.get().read();
                advance(input.bytes());
            } else {
                SourceSpec fileSpec = spec.withPath(input.path());
                read = withRejectedTable(readOne(source, fileSpec, input, Tables.bronze(source) + "__part" + i));
                state.store(source, input, read);
            }
            Part part = new Part(input.path(), read, spec.isGlob() ? (i + 1) * SourceFiles.LINES_PER_FILE : 0);
            if (!parts.isEmpty()) {
                requireSameColumns(source, spec, parts.get(0), part);
            }
            parts.add(part);
            lines.add(linesOf(input.path(), spec, read));
        }
        return assemble(source, spec, parts);
    }

    private LoadedTable readOne(String source, SourceSpec spec, InputFile input, String table) {
        LoadedTable read = SourceReaders.forSource(source, spec)
                .read(
                        engine,
                        input == null ? null : context.dataDir().resolve(input.path()),
                        table,
                        spec,
                        context.progress().after(bytesRead, totalBytes));
        advance(input == null ? 0 : input.bytes());
        return read;
    }

    private void advance(long bytes) {
        bytesRead += bytes;
        context.progress().advanced(bytesRead, totalBytes, IngestStage.BYTES);
    }

    /**
     * The run's inputs of this source, as the pipeline hashed them; a stage run without them (a test) lists the
     * source's files itself.
     */
    private List<InputFile> inputsOf(String source, SourceSpec spec) {
        List<InputFile> inputs = context.inputs().stream()
                .filter(input -> input.source().equals(source))
                .toList();
        if (!inputs.isEmpty()) {
            return inputs;
        }
        return SourceFiles.of(context.dataDir(), source, spec).stream()
                .map(path -> new InputFile(source, path, size(context.dataDir().resolve(path)), ""))
                .toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // The reader names the missing file.
            return 0;
        }
    }

    private static FileLines linesOf(String path, SourceSpec spec, LoadedTable table) {
        boolean header = (spec.format().equals("csv") || spec.format().equals("tsv"))
                && spec.csv().hasHeader();
        return new FileLines(path, header ? 1 : 0, table.rowsLoaded(), table.rowsRejected(), table.blankLines());
    }

    /** A reader that rejects nothing may leave no rejected table; the parts are put together with one each. */
    private LoadedTable withRejectedTable(LoadedTable read) {
        if (!engine.tableExists(read.rejectedTable())) {
            engine.execute("CREATE TABLE " + read.rejectedTable() + " (_line BIGINT, reason VARCHAR, raw VARCHAR)");
        }
        return read;
    }

    private static void requireSameColumns(String source, SourceSpec spec, Part first, Part other) {
        List<String> expected = first.read().columns();
        List<String> columns = other.read().columns();
        if (expected.equals(columns)) {
            return;
        }
        String difference;
        int i = 0;
        while (i < expected.size() && i < columns.size() && expected.get(i).equals(columns.get(i))) {
            i++;
        }
        if (i >= columns.size()) {
            difference = "lacks column '" + expected.get(i) + "'";
        } else if (i >= expected.size()) {
            difference = "has the extra column '" + columns.get(i) + "'";
        } else {
            difference = "has column '" + columns.get(i) + "' where " + first.path() + " has '" + expected.get(i) + "'";
        }
        throw new SalesLensException(
                ErrorCode.SOURCE_MALFORMED,
                other.path() + " line 1: the header " + difference + " (column " + (i + 1) + "); every file of source '"
                        + source + "' (" + spec.path() + ") needs the same columns as " + first.path()
                        + "; fix the file or move it out of the pattern");
    }

    /** The parts as one bronze table and one rejected table, in file order, with each file's lines made unique. */
    private LoadedTable assemble(String source, SourceSpec spec, List<Part> parts) {
        String table = Tables.bronze(source);
        List<String> columns = parts.get(0).read().columns();
        String columnList = columns.stream().map(engine.dialect()::quote).collect(Collectors.joining(", "));
        engine.replaceTable(
                table,
                parts.stream()
                        .map(part -> "SELECT " + columnList + ", " + part.line("_line") + " FROM "
                                + part.read().table())
                        .collect(Collectors.joining(" UNION ALL ")));
        engine.replaceTable(
                table + "_rejected",
                parts.stream()
                        .map(part -> "SELECT " + part.line("_line") + ", reason, raw FROM "
                                + part.read().rejectedTable())
                        .collect(Collectors.joining(" UNION ALL ")));
        if (spec.isGlob()) {
            engine.replaceTable(
                    Tables.bronzeFiles(source),
                    parts.stream()
                            .map(part -> "SELECT " + engine.dialect().literal(part.path()) + " AS path, CAST("
                                    + part.lineBase() + " AS BIGINT) AS line_base")
                            .collect(Collectors.joining(" UNION ALL ")));
        }
        for (int i = 0; i < parts.size(); i++) {
            dropPart(Tables.bronze(source) + "__part" + i);
        }
        long loaded = parts.stream().mapToLong(p -> p.read().rowsLoaded()).sum();
        long rejected = parts.stream().mapToLong(p -> p.read().rowsRejected()).sum();
        long blank = parts.stream().mapToLong(p -> p.read().blankLines()).sum();
        Map<String, Object> dialect = new LinkedHashMap<>(parts.get(0).read().dialect());
        if (spec.isGlob()) {
            Map<String, Object> perFile = new LinkedHashMap<>();
            parts.forEach(part -> perFile.put(part.path(), part.read().dialect()));
            dialect.put("files", perFile);
        }
        return new LoadedTable(table, columns, loaded, rejected, blank, dialect);
    }

    /** A part the reader left as a table or a view over its raw table; gone once the parts are put together. */
    private void dropPart(String part) {
        int dot = part.indexOf('.');
        List<Map<String, Object>> kinds = engine.query("SELECT table_type FROM information_schema.tables WHERE"
                + " table_schema = " + engine.dialect().literal(part.substring(0, dot)) + " AND table_name = "
                + engine.dialect().literal(part.substring(dot + 1)));
        if (kinds.isEmpty()) {
            return;
        }
        boolean view = "VIEW".equals(kinds.get(0).get("table_type"));
        engine.execute((view ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ") + part);
        engine.execute("DROP TABLE IF EXISTS " + part + "_rejected");
        engine.execute("DROP TABLE IF EXISTS work." + part.replace('.', '_') + "_raw");
    }

    /** One file of a source as read (or as the state holds it), and what its lines add to become unique. */
    private record Part(String path, LoadedTable read, long lineBase) {
        String line(String column) {
            return lineBase == 0 ? column : "CAST(" + column + " + " + lineBase + " AS BIGINT) AS " + column;
        }
    }
}
