package io.saleslens.spec;

/**
 * One input: a file relative to the data folder (CSV for now) with its dialect.
 *
 * @param delimiter field separator; null lets the reader detect it from the header line
 * @param encoding file encoding; null lets the reader detect UTF-8 or Latin-1 from the first bytes
 * @param key the business key shown beside a quarantined or repaired row: a column or SQL over the raw columns
 * @param quote the quote character; "none" reads quotes as ordinary characters
 */
public record SourceSpec(String path, String format, String delimiter, String encoding, String key, String quote) {

    public SourceSpec {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a source needs a path");
        }
        format = format == null ? "csv" : format;
    }

    public SourceSpec(String path, String format, String delimiter, String encoding) {
        this(path, format, delimiter, encoding, null, null);
    }

    /** The source's name in reports and files: the file name without its extension. */
    public String fileStem() {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
