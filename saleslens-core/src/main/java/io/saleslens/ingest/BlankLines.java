package io.saleslens.ingest;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (InputStream raw = Files.newInputStream(file);
                InputStream in =
                        file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            byte[] buffer = new byte[1 << 16];
            boolean header = true;
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
            throw new SalesLensException(
                    ErrorCode.SOURCE_UNREADABLE,
                    origin + ": cannot be read (" + e.getMessage() + "); check the file's permissions",
                    e);
        }
    }
}
