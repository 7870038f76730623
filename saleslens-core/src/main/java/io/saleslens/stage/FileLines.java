package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

/**
 * Where the physical lines of one file of a source went when it was read: its header line (if it has one), the rows it
 * holds (loaded, or rejected by the parser) and its blank lines. A row whose quoted field holds line breaks spans
 * several lines, so a file's line count is at least {@link #lines()}.
 *
 * @param path the file as the user names it, relative to the data folder
 */
public record FileLines(String path, long headerLines, long rowsLoaded, long rowsRejected, long blankLines) {

    public FileLines {
        requireNonNull(path, "path is null");
    }

    public long rows() {
        return rowsLoaded + rowsRejected;
    }

    /** Header, rows and blank lines: the file's physical lines when no field spans lines. */
    public long lines() {
        return headerLines + rows() + blankLines;
    }
}
