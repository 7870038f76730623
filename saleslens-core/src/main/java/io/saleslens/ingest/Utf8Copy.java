package io.saleslens.ingest;

import static io.saleslens.error.SalesLensException.userError;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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

    /** Copies {@code source} (plain or .gz) decoded with {@code from}. */
    static Utf8Copy of(Path source, Charset from) {
        return copy(source, from, false);
    }

    /**
     * Copies {@code source} decoded with {@code from}, ending every line with a line feed: a file whose lines end
     * partly in CR LF and partly in LF (exports appended to each other) is one the engine's CSV reader refuses.
     */
    static Utf8Copy withLineFeeds(Path source, Charset from) {
        return copy(source, from, true);
    }

    private static Utf8Copy copy(Path source, Charset from, boolean lineFeeds) {
        try {
            Path target = Files.createTempFile("saleslens-recoded-", ".csv");
            try (InputStream raw = open(source);
                    Reader in = new java.io.BufferedReader(new InputStreamReader(raw, from), 1 << 16);
                    Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                if (lineFeeds) {
                    copyWithLineFeeds(in, out);
                } else {
                    in.transferTo(out);
                }
            }
            return new Utf8Copy(target);
        } catch (IOException e) {
            throw userError(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void copyWithLineFeeds(Reader in, Writer out) throws IOException {
        boolean pendingReturn = false;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (pendingReturn && c != '\n') {
                out.write('\r');
            }
            pendingReturn = c == '\r';
            if (!pendingReturn) {
                out.write(c);
            }
        }
        if (pendingReturn) {
            out.write('\r');
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
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
