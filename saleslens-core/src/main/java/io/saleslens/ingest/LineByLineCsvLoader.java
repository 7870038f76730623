package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.Tables;
import io.saleslens.stage.WorkProgress;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Reads a delimited file one physical line at a time (lines end in LF, a CR before it is dropped), for the files
 * the engine's CSV reader cannot take whole: a carriage return inside a line, lines that end partly in CR LF and
 * partly in LF, or bytes that are not UTF-8. Each line is decoded on its own: a valid UTF-8 line stays as it is,
 * any other is decoded with the fallback charset and counted. A record that does not split into the header's
 * fields is written, with its line number, reason and text, to the rejects; the others are streamed to a staging
 * file the engine loads, so the rows never gather in the JVM. An empty line outside a quoted field is no row: it is
 * counted as a blank line, so every physical line is the header, part of a row or blank.
 */
final class LineByLineCsvLoader {
    static final int SAMPLE_LINES = 5;
    /** How often, in lines, the bytes read are reported; the listener decides how often to show them. */
    static final int PROGRESS_LINES = 4_096;

    /** How a file was read: the lines decoded with the fallback charset and the first few of their numbers. */
    record Decoding(long linesDecoded, List<Long> sampleLines) {
        Decoding {
            sampleLines = List.copyOf(sampleLines);
        }
    }

    private final String origin;
    private final CsvFormat format;
    private final Charset fallback;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long linesDecoded;
    private long blankLines;
    private final List<Long> sampleLines = new ArrayList<>();

    /**
     * @param origin the file as the spec names it, for messages
     * @param fallback the charset of lines that are not valid UTF-8
     */
    LineByLineCsvLoader(String origin, CsvFormat format, Charset fallback) {
        this.origin = origin;
        this.format = format;
        this.fallback = fallback;
    }

    /** Loads {@code file} into {@code bronzeTable} and its rejected records into {@code bronzeTable_rejected}. */
    LoadedTable load(Engine engine, Path file, String bronzeTable) {
        return load(engine, file, bronzeTable, WorkProgress.NONE);
    }

    /** Loads as {@link #load(Engine, Path, String)}, telling {@code progress} the file's bytes read as it goes. */
    LoadedTable load(Engine engine, Path file, String bronzeTable, WorkProgress progress) {
        List<String> columns = format.columns();
        String suffix = bronzeTable.replace('.', '_');
        try (StagedFile rows = new StagedFile(suffix + "-rows");
                StagedFile rejects = new StagedFile(suffix + "-rejects")) {
            List<String> rowHeader = new ArrayList<>();
            rowHeader.add("__source_row");
            rowHeader.addAll(columns);
            rows.write(rowHeader);
            // Not "_line": the engine's loader adds a column of that name for the staged file's own lines.
            rejects.write(List.of("__source_row", "reason", "raw"));
            split(file, rows, rejects, progress);
            rows.finish();
            rejects.finish();
            SqlDialect sql = engine.dialect();
            String stagedRows = Tables.scratch(suffix, "lines");
            String stagedRejects = Tables.scratch(suffix, "line_rejects");
            // The staged files are ours: a message about them names the user's file.
            LoadedTable loaded = engine.loadCsv(
                    stagedRows,
                    rows.path(),
                    CsvFormat.DEFAULT.withColumns(rowHeader).withOrigin(origin));
            LoadedTable rejected = engine.loadCsv(
                    stagedRejects,
                    rejects.path(),
                    CsvFormat.DEFAULT
                            .withColumns(List.of("__source_row", "reason", "raw"))
                            .withOrigin(origin));
            String names = columns.stream().map(sql::quote).collect(Collectors.joining(", "));
            engine.execute("CREATE OR REPLACE VIEW " + bronzeTable + " AS SELECT " + names + ", CAST("
                    + sql.quote("__source_row") + " AS BIGINT) AS _line FROM " + stagedRows);
            engine.replaceTable(
                    bronzeTable + "_rejected",
                    "SELECT CAST(" + sql.quote("__source_row") + " AS BIGINT) AS _line, reason, raw FROM "
                            + stagedRejects);
            return new LoadedTable(bronzeTable, columns, loaded.rowsLoaded(), rejected.rowsLoaded(), blankLines, null);
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_UNREADABLE,
                    origin + ": cannot be read (" + e.getMessage() + "); check the file's permissions",
                    e);
        }
    }

    Decoding decoding() {
        return new Decoding(linesDecoded, sampleLines);
    }

    private void split(Path file, StagedFile rows, StagedFile rejects, WorkProgress progress) throws IOException {
        int expected = format.columns().size();
        long size = Files.size(file);
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
                InputStream in = open(file, counted)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            RecordSplitter record = new RecordSplitter(format.delimiter(), format.quote());
            long lineNumber = 0;
            long recordStart = 0;
            boolean more = true;
            while (more) {
                bytes.reset();
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    bytes.write(b);
                }
                more = b >= 0;
                if (!more && bytes.size() == 0) {
                    break;
                }
                lineNumber++;
                if (lineNumber % PROGRESS_LINES == 0) {
                    progress.advanced(Math.min(counted.count(), size), size, IngestStage.BYTES);
                }
                String line = decode(bytes.toByteArray(), lineNumber);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (lineNumber == 1 && format.header()) {
                    continue;
                }
                if (!record.isOpen()) {
                    if (line.isEmpty()) {
                        blankLines++;
                        continue;
                    }
                    recordStart = lineNumber;
                }
                record.add(line);
                if (record.isOpen()) {
                    if (record.length() > MAX_OPEN_RECORD) {
                        throw new SalesLensException(
                                ErrorCode.SOURCE_MALFORMED,
                                origin + " line " + recordStart + ": unterminated quote (the quoted field runs on"
                                        + " past line " + lineNumber + ", over " + MAX_OPEN_RECORD / (1 << 20)
                                        + " MB); close the quote in the file or set quote: none for this source");
                    }
                    continue;
                }
                List<String> fields = record.fields();
                String problem = record.problem();
                if (problem == null && fields.size() != expected) {
                    problem = fields.size() + (fields.size() == 1 ? " field" : " fields") + ", expected " + expected;
                }
                if (problem == null) {
                    fields.add(0, Long.toString(recordStart));
                    rows.write(fields);
                } else {
                    rejects.write(List.of(Long.toString(recordStart), problem, record.text()));
                }
                record.clear();
            }
            if (record.isOpen()) {
                throw new SalesLensException(
                        ErrorCode.SOURCE_MALFORMED,
                        origin + " line " + recordStart + ": unterminated quote (the field runs to the end"
                                + " of the file); close the quote in the file or set quote: none for this source");
            }
        }
    }

    /**
     * A quoted field that goes on for this many characters over several lines has lost its closing quote: the loader
     * stops there rather than hold the rest of the file in memory.
     */
    static final int MAX_OPEN_RECORD = 16 << 20;

    /**
     * Splits a record as its lines arrive. The state of the split carries over from one line to the next, so a quoted
     * field that goes on over many lines (a lost closing quote) costs time in proportion to its length, not to its
     * length squared as re-splitting the whole record at each line would.
     */
    static final class RecordSplitter {
        private final char delimiter;
        private final char quote;
        private final StringBuilder text = new StringBuilder();
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean quoted;
        private boolean wasQuoted;
        private boolean pendingQuote;
        private String problem;

        RecordSplitter(char delimiter, char quote) {
            this.delimiter = delimiter;
            this.quote = quote;
        }

        /** Adds the record's next physical line (without its line end): its first, or the next of an open one. */
        void add(String line) {
            if (text.length() > 0) {
                // Only an open record takes a further line, so the line end is inside its quoted field.
                text.append('\n');
                take('\n');
            }
            text.append(line);
            for (int i = 0; i < line.length() && problem == null; i++) {
                take(line.charAt(i));
            }
        }

        private void take(char c) {
            if (pendingQuote) {
                // The quote before c closed the field, unless c is the second quote of an escaped pair.
                pendingQuote = false;
                if (c == quote) {
                    field.append(c);
                    return;
                }
                quoted = false;
            }
            if (quoted) {
                if (c == quote) {
                    pendingQuote = true;
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (quote != 0 && c == quote && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted) {
                problem = "text after the closing quote in field " + (fields.size() + 1);
            } else {
                field.append(c);
            }
        }

        /** Whether the record goes on: a quoted field is open at the end of the last line added. */
        boolean isOpen() {
            return problem == null && quoted && !pendingQuote;
        }

        /** What is wrong with the complete record, or null. */
        String problem() {
            return problem;
        }

        /** The fields of the complete record (a new list the caller may change). */
        List<String> fields() {
            List<String> all = new ArrayList<>(fields);
            all.add(field.toString());
            return all;
        }

        int length() {
            return text.length();
        }

        /** The record as it stood in the file, its lines joined by line feeds. */
        String text() {
            return text.toString();
        }

        void clear() {
            text.setLength(0);
            fields.clear();
            field.setLength(0);
            quoted = false;
            wasQuoted = false;
            pendingQuote = false;
            problem = null;
        }
    }

    private String decode(byte[] line, long lineNumber) {
        int start = lineNumber == 1
                        && line.length >= 3
                        && (line[0] & 0xff) == 0xEF
                        && (line[1] & 0xff) == 0xBB
                        && (line[2] & 0xff) == 0xBF
                ? 3
                : 0;
        try {
            return utf8.decode(ByteBuffer.wrap(line, start, line.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            linesDecoded++;
            if (sampleLines.size() < SAMPLE_LINES) {
                sampleLines.add(lineNumber);
            }
            return new String(line, start, line.length - start, fallback);
        }
    }

    private static InputStream open(Path file, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)
                : in;
    }

    /** Counts the bytes read from the file on disk (before a gzip file is unpacked). */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        long count() {
            return count;
        }
    }

    /** A temporary UTF-8 CSV, every value quoted and a missing one left empty; deleted when closed. */
    private static final class StagedFile implements AutoCloseable {
        private final Path path;
        private final Writer out;
        private boolean finished;

        StagedFile(String prefix) throws IOException {
            path = Files.createTempFile("saleslens-" + prefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-", ".csv");
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        }

        void write(List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String value = values.get(i);
                if (value != null && !value.isEmpty()) {
                    out.write('"');
                    out.write(value.replace("\"", "\"\""));
                    out.write('"');
                }
            }
            out.write('\n');
        }

        Path path() {
            return path;
        }

        /** Ends the file so the engine can read it. */
        void finish() throws IOException {
            if (!finished) {
                out.close();
                finished = true;
            }
        }

        @Override
        public void close() throws IOException {
            finish();
            Files.deleteIfExists(path);
        }
    }
}
