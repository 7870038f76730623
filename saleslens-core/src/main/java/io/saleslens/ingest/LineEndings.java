package io.saleslens.ingest;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** How the lines of a text file end: a streaming scan, so memory stays flat whatever the file's size. */
final class LineEndings {
    private LineEndings() {}

    /** Whether some lines end in CR LF and others in a bare LF. */
    static boolean areMixed(Path file, String origin, Charset charset) {
        boolean crLf = false;
        boolean lf = false;
        try (InputStream raw = Files.newInputStream(file);
                InputStream plain =
                        file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                Reader in = new BufferedReader(new InputStreamReader(plain, charset), 1 << 16)) {
            int previous = -1;
            for (int c = in.read(); c >= 0; previous = c, c = in.read()) {
                if (c == '\n') {
                    if (previous == '\r') {
                        crLf = true;
                    } else {
                        lf = true;
                    }
                    if (crLf && lf) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_UNREADABLE,
                    origin + ": cannot be read (" + e.getMessage() + "); check the file's permissions",
                    e);
        }
    }
}
