package io.saleslens.engine;

import static java.util.Objects.requireNonNull;

/**
 * The dialect of a delimited text file.
 *
 * @param encoding UTF-8 or a single-byte encoding such as latin-1
 * @param quote the quote character; NUL reads quotes as ordinary characters
 * @param columns the header's column names when known; the engine then reads the file without sniffing it
 */
public record CsvFormat(char delimiter, char quote, String encoding, boolean header, java.util.List<String> columns) {

    public static final CsvFormat DEFAULT = new CsvFormat(',', '"', "utf-8", true);

    public CsvFormat {
        requireNonNull(encoding, "encoding is null");
        columns = columns == null ? java.util.List.of() : java.util.List.copyOf(columns);
    }

    public CsvFormat(char delimiter, char quote, String encoding, boolean header) {
        this(delimiter, quote, encoding, header, null);
    }

    public CsvFormat withColumns(java.util.List<String> headerColumns) {
        return new CsvFormat(delimiter, quote, encoding, header, headerColumns);
    }

    public CsvFormat withQuote(char newQuote) {
        return new CsvFormat(delimiter, newQuote, encoding, header, columns);
    }

    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(newDelimiter, quote, encoding, header, columns);
    }

    public CsvFormat withEncoding(String newEncoding) {
        return new CsvFormat(delimiter, quote, newEncoding, header, columns);
    }
}
