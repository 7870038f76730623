package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/**
 * How a delimited text file (csv, tsv) is written; sources of other formats ignore these.
 *
 * @param delimiter field separator; null lets the reader detect it from the header line
 * @param encoding file encoding; null lets the reader detect UTF-8 or Latin-1 from the first bytes
 * @param quote quote character; null means a double quote, "none" reads quotes as ordinary characters
 * @param header whether the first line names the columns; null means it does
 */
public record CsvOptions(String delimiter, String encoding, String quote, Boolean header) {

    /** Everything detected from the file: the dialect when nothing is written in the spec. */
    public static final CsvOptions DETECTED = new CsvOptions(null, null, null, null);

    public CsvOptions {
        if (quote != null && quote.length() != 1 && !quote.equals("none")) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "quote must be one character or 'none', not '" + quote + "'");
        }
    }

    /** Whether the first line names the columns. */
    public boolean hasHeader() {
        return header == null || header;
    }
}
