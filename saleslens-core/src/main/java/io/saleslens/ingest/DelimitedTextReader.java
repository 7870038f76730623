package io.saleslens.ingest;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;

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
            return engine.loadCsv(bronzeTable, file, format);
        }
        try (Utf8Copy copy = Utf8Copy.of(file, source.path(), charset(source.path(), encoding))) {
            return engine.loadCsv(bronzeTable, copy.file(), format.withEncoding("utf-8"));
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
