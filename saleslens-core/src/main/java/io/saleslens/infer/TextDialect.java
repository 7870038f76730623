package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

/**
 * What a byte scan of a delimited text file found.
 *
 * @param encoding utf-8 or windows-1252
 * @param byteOrderMark whether the file starts with a UTF-8 byte order mark
 * @param delimiter the separator that splits the most records into the header's number of fields
 * @param consistentRecords records with the header's field count for that delimiter
 * @param records records in the file (quoted line breaks do not end a record)
 * @param doubledQuotes quotes written twice inside quoted fields
 */
public record TextDialect(
        String encoding,
        boolean byteOrderMark,
        char delimiter,
        long consistentRecords,
        long records,
        long doubledQuotes) {

    public TextDialect {
        requireNonNull(encoding, "encoding is null");
    }

    public String delimiterName() {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
