package io.saleslens.engine;

import static java.util.Objects.requireNonNull;

/**
 * The dialect of a delimited text file.
 *
 * @param encoding UTF-8 or a single-byte encoding such as latin-1
 */
public record CsvFormat(char delimiter, char quote, String encoding, boolean header) {

    public static final CsvFormat DEFAULT = new CsvFormat(',', '"', "utf-8", true);

    public CsvFormat {
        requireNonNull(encoding, "encoding is null");
    }

    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(newDelimiter, quote, encoding, header);
    }

    public CsvFormat withEncoding(String newEncoding) {
        return new CsvFormat(delimiter, quote, newEncoding, header);
    }
}
