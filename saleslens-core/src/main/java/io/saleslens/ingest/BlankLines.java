package io.saleslens.ingest;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Whether a text file has an empty line after its header (nothing, or only a carriage return, before the line feed).
 * The engines' CSV readers skip such lines without a word and number the rows after them as if they were not there,
 * so a file that has one is read line by line, which counts them and keeps every line number. A streaming byte scan:
 * memory stays flat whatever the file's size, and it serves every ASCII-compatible encoding.
 */
final class BlankLines {
    private BlankLines() {}

    static boolean anyIn(Path file, String origin) {
        return anyIn(file, origin, true);
    }

    /**
     * As {@link #anyIn(Path, String)}; {@code headerLine} false for a file whose first line is already a row, so an
     * empty first line is blank too.
     */
    static boolean anyIn(Path file, String origin, boolean headerLine) {
        try (InputStream in = open(file)) {
            byte[] buffer = new byte[1 << 16];
            boolean header = headerLine;
            // Bytes of the current line other than a carriage return; -1 until a line has begun.
            long lineLength = -1;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (!header && lineLength <= 0) {
                            return true;
                        }
                        header = false;
                        lineLength = -1;
                    } else if (b != '\r') {
                        lineLength = Math.max(lineLength, 0) + 1;
                    } else if (lineLength < 0) {
                        lineLength = 0;
                    }
                }
            }
            // A last line of only a carriage return is blank too; nothing after the last line feed is no line.
            return !header && lineLength == 0;
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static SalesLensException unreadable(String origin, IOException e) {
        return new SalesLensException(
                ErrorCode.SOURCE_UNREADABLE,
                origin + ": cannot be read (" + e.getMessage() + "); check the file's permissions",
                e);
    }

    /** Blank lines that follow one another, after {@code recordsBefore} lines that hold a record. */
    record Run(long recordsBefore, long lines) {}

    /**
     * The runs of blank lines of a JSON-lines file: lines of JSON white space alone (spaces, tabs, a carriage return),
     * which the engines' JSON readers skip without a word. Memory grows with the runs, not with the lines.
     */
    static List<Run> runsInJsonLines(Path file, String origin) {
        List<Run> runs = new ArrayList<>();
        try (InputStream in = open(file)) {
            byte[] buffer = new byte[1 << 16];
            long records = 0;
            long blankRun = 0;
            boolean blank = true;
            boolean lineStarted = false;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (blank) {
                            blankRun++;
                        } else {
                            if (blankRun > 0) {
                                runs.add(new Run(records, blankRun));
                                blankRun = 0;
                            }
                            records++;
                        }
                        blank = true;
                        lineStarted = false;
                    } else {
                        lineStarted = true;
                        blank &= b == ' ' || b == '\t' || b == '\r';
                    }
                }
            }
            // Text after the last line feed is a last line; nothing after it is no line.
            if (lineStarted && blank) {
                blankRun++;
            }
            if (blankRun > 0) {
                runs.add(new Run(records, blankRun));
            }
            return runs;
        } catch (IOException e) {
            throw unreadable(origin, e);
        }
    }
}
