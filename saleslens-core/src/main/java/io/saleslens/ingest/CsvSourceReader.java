package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.WorkProgress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Delimited text files (CSV, TSV, semicolon-separated) in the dialect the source spec states. The engine reads a
 * UTF-8 file whole; a file it cannot parse (a carriage return inside a line, mixed line ends), one with bytes that
 * are not UTF-8, one with blank lines and one in a single-byte encoding the engine does not decode are read line by
 * line instead.
 */
final class CsvSourceReader implements SourceReader {

    @Override
    public boolean canRead(String format) {
        return format.equals("csv") || format.equals("tsv");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        return read(engine, file, bronzeTable, source, WorkProgress.NONE);
    }

    /** A file read line by line reports its bytes as it goes; one the engine reads whole reports nothing itself. */
    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source, WorkProgress progress) {
        char quote = "none".equals(source.csv().quote())
                ? 0
                : (source.csv().quote() == null || source.csv().quote().isEmpty()
                        ? '"'
                        : source.csv().quote().charAt(0));
        String delimiter =
                source.csv().delimiter() != null && !source.csv().delimiter().isEmpty()
                        ? source.csv().delimiter()
                        : source.format().equals("tsv") ? "\\t" : null;
        String origin = source.path();
        SniffedCsv sniffed =
                CsvSniffer.sniff(file, origin, delimiter, source.csv().encoding(), quote);
        ColumnLimit.check(origin, sniffed.columns().size());
        CsvFormat format = CsvFormat.DEFAULT
                .withDelimiter(sniffed.delimiter())
                .withEncoding(sniffed.encoding())
                .withQuote(quote)
                .withColumns(sniffed.columns())
                .withOrigin(origin);
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("encoding", sniffed.encoding());
        dialect.put("delimiter", String.valueOf(sniffed.delimiter()));
        dialect.put("byte_order_mark", sniffed.bom());
        LoadedTable loaded = load(engine, file, bronzeTable, format, dialect, progress);
        return loaded.withDialect(dialect);
    }

    private static final int WIDE_HEADER = 256;

    private static LoadedTable load(
            Engine engine,
            Path file,
            String bronzeTable,
            CsvFormat format,
            Map<String, Object> dialect,
            WorkProgress progress) {
        String origin = format.origin();
        Charset charset = DelimitedTextReader.charset(origin, format.encoding());
        if (!engine.readsCsvEncoding(format.encoding())) {
            if (charset.newEncoder().maxBytesPerChar() == 1) {
                return lineByLine(engine, file, bronzeTable, format, charset, dialect, progress);
            }
            try (Utf8Copy copy = Utf8Copy.of(file, origin, charset)) {
                if (BlankLines.anyIn(copy.file(), origin)) {
                    return lineByLine(
                            engine,
                            copy.file(),
                            bronzeTable,
                            format.withEncoding("utf-8"),
                            Charset.forName(CsvSniffer.WINDOWS_1252),
                            dialect,
                            // The copy's bytes are not the file's: the stage reports the file when it is read.
                            WorkProgress.NONE);
                }
                return countDecodedRows(
                        engine,
                        engine.loadCsv(bronzeTable, copy.file(), format.withEncoding("utf-8")),
                        format,
                        dialect);
            }
        }
        boolean blankLines = BlankLines.anyIn(file, origin);
        if (!format.encoding().replace("-", "").equalsIgnoreCase("utf8")) {
            if (blankLines) {
                return lineByLine(engine, file, bronzeTable, format, charset, dialect, progress);
            }
            return countDecodedRows(engine, loadWhole(engine, file, bronzeTable, format, progress), format, dialect);
        }
        if (blankLines || linesFarNarrowerThanHeader(file, charset, format)) {
            return lineByLine(
                    engine, file, bronzeTable, format, Charset.forName(CsvSniffer.WINDOWS_1252), dialect, progress);
        }
        LoadedTable loaded;
        try {
            loaded = loadWhole(engine, file, bronzeTable, format, progress);
        } catch (SalesLensException e) {
            if (e.code() == ErrorCode.MEMORY_LIMIT_EXCEEDED) {
                throw e;
            }
            // The engine's parser gives up on the whole file for one odd line (a carriage return inside it, line ends
            // that change mid-file): read it line by line, which keeps the good lines and rejects the odd one with
            // its number.
            if (LineEndings.areMixed(file, origin, charset)) {
                dialect.put("line_endings", "mixed CR LF and LF, read as LF");
            }
            return lineByLine(
                    engine, file, bronzeTable, format, Charset.forName(CsvSniffer.WINDOWS_1252), dialect, progress);
        }
        // The first megabyte was UTF-8 but a later line is not: read the file again, deciding the encoding per line.
        if (loaded.rowsRejected() > 0
                && engine.queryLong("SELECT count(*) FROM " + loaded.rejectedTable()
                                + " WHERE reason LIKE 'INVALID ENCODING%' OR reason LIKE 'INVALID UNICODE%'")
                        > 0) {
            engine.execute("DROP TABLE IF EXISTS " + loaded.table());
            return lineByLine(
                    engine, file, bronzeTable, format, Charset.forName(CsvSniffer.WINDOWS_1252), dialect, progress);
        }
        return loaded;
    }

    /**
     * The engine reads the file in one statement: its progress through that statement, as a share of the file's bytes,
     * is the file's progress (never the whole file: the stage reports that when the source is done).
     */
    private static LoadedTable loadWhole(
            Engine engine, Path file, String bronzeTable, CsvFormat format, WorkProgress progress) {
        long size = file.toFile().length();
        AtomicLong furthest = new AtomicLong();
        return engine.watchingProgress(
                percent -> {
                    long done = Math.min((long) (size * percent / 100), size - 1);
                    if (done > furthest.getAndAccumulate(done, Math::max)) {
                        progress.advanced(done, size, IngestStage.BYTES);
                    }
                },
                () -> engine.loadCsv(bronzeTable, file, format));
    }

    /**
     * A header of hundreds of names over lines of a few fields: the engine's parser records every missing field of every
     * line as a reject, gigabytes for a file of megabytes, so such a file is read line by line, one reject per line.
     */
    static boolean linesFarNarrowerThanHeader(Path file, Charset charset, CsvFormat format) {
        int width = format.columns().size();
        if (width < WIDE_HEADER) {
            return false;
        }
        int lines = 0;
        int narrow = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(file),
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null && lines < 100; line = reader.readLine()) {
                lines++;
                long fields =
                        1 + line.chars().filter(c -> c == format.delimiter()).count();
                if (fields * 2 < width) {
                    narrow++;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return narrow * 2 > lines;
    }

    /** Reads the file line by line; lines that are not UTF-8 are decoded with {@code fallback}, counted and sampled. */
    private static LoadedTable lineByLine(
            Engine engine,
            Path file,
            String bronzeTable,
            CsvFormat format,
            Charset fallback,
            Map<String, Object> dialect,
            WorkProgress progress) {
        LineByLineCsvLoader loader = new LineByLineCsvLoader(format.origin(), format, fallback);
        LoadedTable loaded = loader.load(engine, file, bronzeTable, progress);
        LineByLineCsvLoader.Decoding decoding = loader.decoding();
        String name = format.encoding().equalsIgnoreCase("utf-8") ? CsvSniffer.WINDOWS_1252 : format.encoding();
        if (decoding.linesDecoded() > 0 || !format.encoding().equalsIgnoreCase("utf-8")) {
            dialect.put("rows_decoded_from_" + name, decoding.linesDecoded());
            dialect.put("rows_decoded_from_" + name + "_lines", decoding.sampleLines());
        }
        return loaded;
    }

    /** Bytes that were not UTF-8 were decoded in the file's single-byte encoding: count the rows that hold any such character. */
    private static LoadedTable countDecodedRows(
            Engine engine, LoadedTable loaded, CsvFormat format, Map<String, Object> dialect) {
        String anyColumn = loaded.columns().stream()
                .map(c -> "coalesce(" + engine.dialect().quote(c) + ", '')")
                .collect(Collectors.joining(" || "));
        dialect.put(
                "rows_decoded_from_" + format.encoding(),
                engine.queryLong("SELECT count(*) FROM " + loaded.table() + " WHERE "
                        + engine.dialect().matches(anyColumn, "(?s).*[^\\x00-\\x7F].*")));
        return loaded;
    }
}
