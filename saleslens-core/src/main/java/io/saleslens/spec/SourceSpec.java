package io.saleslens.spec;

/**
 * One input: a file relative to the data folder (CSV for now) with its dialect.
 *
 * @param delimiter field separator; null lets the reader use a comma
 * @param encoding file encoding; null means UTF-8
 */
public record SourceSpec(String path, String format, String delimiter, String encoding) {

    public SourceSpec {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a source needs a path");
        }
        format = format == null ? "csv" : format;
    }

    /** The source's name in reports and files: the file name without its extension. */
    public String fileStem() {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
