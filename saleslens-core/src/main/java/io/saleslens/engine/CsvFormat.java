package io.saleslens.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The dialect of a delimited text file.
 *
 * @param encoding UTF-8 or a single-byte encoding such as latin-1
 * @param quote the quote character; NUL reads quotes as ordinary characters
 * @param columns the header's column names when known; the engine then reads the file without sniffing it
 * @param origin the file as the user names it (the spec's path), for messages; null names the file read, which may be
 *     a working copy
 */
public record CsvFormat(
        char delimiter, char quote, String encoding, boolean header, List<String> columns, String origin) {

    public static final CsvFormat DEFAULT = new CsvFormat(',', '"', "utf-8", true);

    public CsvFormat {
        requireNonNull(encoding, "encoding is null");
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public CsvFormat(char delimiter, char quote, String encoding, boolean header) {
        this(delimiter, quote, encoding, header, null, null);
    }

    /** The format of a file messages call {@code name}: the path the spec gives, even when a working copy is read. */
    public CsvFormat withOrigin(String name) {
        return new CsvFormat(delimiter, quote, encoding, header, columns, name);
    }

    /** How messages name the file: its origin, else the file read. */
    public String nameOf(Path file) {
        return origin != null ? origin : file.toString();
    }

    public CsvFormat withColumns(List<String> headerColumns) {
        return new CsvFormat(delimiter, quote, encoding, header, headerColumns, origin);
    }

    public CsvFormat withQuote(char newQuote) {
        return new CsvFormat(delimiter, newQuote, encoding, header, columns, origin);
    }

    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(newDelimiter, quote, encoding, header, columns, origin);
    }

    public CsvFormat withEncoding(String newEncoding) {
        return new CsvFormat(delimiter, quote, newEncoding, header, columns, origin);
    }
}
