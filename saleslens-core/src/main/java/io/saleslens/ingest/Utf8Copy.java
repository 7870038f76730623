package io.saleslens.ingest;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A temporary UTF-8 copy of a text file in an encoding the engine does not read itself (Windows-1252 and
 * other Java charsets). The copy is streamed character for character, so its line numbers are the
 * original's and memory does not grow with the file. Deleted when closed.
 */
final class Utf8Copy implements Closeable {
    private final Path file;

    private Utf8Copy(Path file) {
        this.file = file;
    }

    /** Copies {@code source} (plain or .gz) decoded with {@code from}; {@code origin} names it in messages. */
    static Utf8Copy of(Path source, String origin, Charset from) {
        try {
            Path target = Files.createTempFile("saleslens-recoded-", ".csv");
            try (InputStream raw = open(source);
                    Reader in = new BufferedReader(new InputStreamReader(raw, from), 1 << 16);
                    Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            return new Utf8Copy(target);
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.SOURCE_UNREADABLE),
                    origin + ": cannot be read (" + e.getMessage() + "); check the file's permissions",
                    e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16)
                : in;
    }
}
