package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Delimited text in the full dialect a spec (or inference) can state: any delimiter, a quote character,
 * a file without a header line, and encodings the engine does not read itself (Windows-1252 and other
 * Java charsets), which are recoded to UTF-8 line for line into a temporary file first, so line numbers stay.
 */
final class DelimitedTextReader implements SourceReader {
    /**
     * Whether a source needs this reader rather than the plain CSV reader: a file without a header line. The plain
     * reader takes every encoding of a file with one (single-byte encodings line by line, keeping UTF-8 lines).
     */
    static boolean needed(SourceSpec source) {
        return !source.csv().hasHeader();
    }

    @Override
    public boolean canRead(String format) {
        return format.equals("csv") || format.equals("tsv");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        char delimiter = source.format().equals("tsv") ? '\t' : ',';
        if (source.csv().delimiter() != null && !source.csv().delimiter().isEmpty()) {
            delimiter = source.csv().delimiter().equals("\\t")
                    ? '\t'
                    : source.csv().delimiter().charAt(0);
        }
        char quote = source.csv().quote() == null
                ? '"'
                : source.csv().quote().equals("none") ? 0 : source.csv().quote().charAt(0);
        String encoding =
                source.csv().encoding() == null ? "utf-8" : source.csv().encoding();
        CsvFormat format =
                new CsvFormat(delimiter, quote, encoding, source.csv().hasHeader()).withOrigin(source.path());
        if (engine.readsCsvEncoding(encoding)) {
            return load(engine, file, bronzeTable, format, Charset.forName(CsvSniffer.WINDOWS_1252));
        }
        Charset charset = charset(source.path(), encoding);
        try (Utf8Copy copy = Utf8Copy.of(file, source.path(), charset)) {
            return load(engine, copy.file(), bronzeTable, format.withEncoding("utf-8"), charset);
        }
    }

    /**
     * The engine's reader skips empty lines without a word and numbers the rows after them as if they were not
     * there: a file with one is read line by line, which counts them and keeps every row's physical line number.
     */
    private static LoadedTable load(Engine engine, Path file, String bronzeTable, CsvFormat format, Charset fallback) {
        if (format.header() || !BlankLines.anyIn(file, format.origin(), false)) {
            return engine.loadCsv(bronzeTable, file, format);
        }
        CsvFormat named = format.withColumns(columnNames(fieldsOfFirstRow(file, format)));
        return new LineByLineCsvLoader(format.origin(), named, fallback).load(engine, file, bronzeTable);
    }

    /**
     * The engine's names for the columns of a file without a header: {@code column0}, {@code column1}, … with the
     * number padded to the width of the last one ({@code column00} … {@code column11} for twelve).
     */
    static List<String> columnNames(int count) {
        int width = Integer.toString(Math.max(count - 1, 0)).length();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add("column" + "0".repeat(width - Integer.toString(i).length()) + i);
        }
        return names;
    }

    /** The number of fields on the first line that is not empty (the file is UTF-8 here, or a UTF-8 copy). */
    private static int fieldsOfFirstRow(Path file, CsvFormat format) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    return CsvSniffer.splitHeader(line, format.delimiter(), format.quote())
                            .size();
                }
            }
            return 1;
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.SOURCE_UNREADABLE),
                    format.origin() + ": cannot be read (" + e.getMessage() + "); check the file's permissions",
                    e);
        }
    }

    /** The Java charset of an encoding name; {@code origin} names the file in the message when there is none. */
    static Charset charset(String origin, String encoding) {
        try {
            // DuckDB's name for ISO-8859-1 is not one of Java's aliases.
            return Charset.forName(encoding.equalsIgnoreCase("latin-1") ? "ISO-8859-1" : encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    origin + ": unknown encoding '" + encoding
                            + "'; use utf-8, windows-1252, latin-1 or another Java charset name",
                    e);
        }
    }
}
