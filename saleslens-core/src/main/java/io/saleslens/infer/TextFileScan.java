package io.saleslens.infer;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Streams every byte of a delimited text file once (gzip is decompressed on the way) to decide its
 * encoding and delimiter from the whole file rather than its first lines. Memory stays constant.
 */
final class TextFileScan {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private TextFileScan() {}

    static TextDialect scan(Path file) {
        try (InputStream in = open(file)) {
            return scan(in);
        } catch (IOException e) {
            throw new SalesLensException(ErrorCode.SOURCE_UNREADABLE, e.toString(), e);
        }
    }

    static TextDialect scan(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int read;
        long position = 0;
        boolean bom = false;
        int pendingContinuation = 0;
        boolean validUtf8 = true;
        boolean inQuotes = false;
        boolean previousWasQuote = false;
        long records = 0;
        long doubledQuotes = 0;
        long[] counts = new long[CANDIDATES.length];
        long[] headerCounts = new long[CANDIDATES.length];
        long[] consistent = new long[CANDIDATES.length];
        boolean recordHasContent = false;
        int[] head = new int[3];
        while ((read = in.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                int b = buffer[i] & 0xFF;
                if (position < 3) {
                    head[(int) position] = b;
                    if (position == 2 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) {
                        bom = true;
                    }
                }
                position++;
                // UTF-8 validity: continuation bytes must follow a lead byte that announced them.
                if (pendingContinuation > 0) {
                    if ((b & 0xC0) == 0x80) {
                        pendingContinuation--;
                    } else {
                        validUtf8 = false;
                        pendingContinuation = 0;
                    }
                } else if (b >= 0x80) {
                    if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
                        pendingContinuation = 1;
                    } else if ((b & 0xF0) == 0xE0) {
                        pendingContinuation = 2;
                    } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
                        pendingContinuation = 3;
                    } else {
                        validUtf8 = false;
                    }
                }
                if (b == '"') {
                    // A quote that reopens a field right after its closing quote is an escaped ("doubled") quote.
                    boolean doubled = !inQuotes && previousWasQuote;
                    if (doubled) {
                        doubledQuotes++;
                    }
                    inQuotes = !inQuotes;
                    previousWasQuote = !doubled;
                    recordHasContent = true;
                    continue;
                }
                previousWasQuote = false;
                if (inQuotes) {
                    continue;
                }
                if (b == '\n') {
                    if (recordHasContent) {
                        endRecord(records, counts, headerCounts, consistent);
                        records++;
                    }
                    Arrays.fill(counts, 0);
                    recordHasContent = false;
                    continue;
                }
                if (b != '\r') {
                    recordHasContent = true;
                }
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (b == CANDIDATES[c]) {
                        counts[c]++;
                    }
                }
            }
        }
        if (recordHasContent) {
            endRecord(records, counts, headerCounts, consistent);
            records++;
        }
        if (pendingContinuation > 0) {
            validUtf8 = false;
        }
        int best = 0;
        for (int c = 1; c < CANDIDATES.length; c++) {
            if (score(c, headerCounts, consistent) > score(best, headerCounts, consistent)) {
                best = c;
            }
        }
        return new TextDialect(
                validUtf8 ? "utf-8" : "windows-1252", bom, CANDIDATES[best], consistent[best], records, doubledQuotes);
    }

    /** Records that split into the header's field count, only for a delimiter the header actually contains. */
    private static long score(int candidate, long[] headerCounts, long[] consistent) {
        return headerCounts[candidate] == 0 ? -1 : consistent[candidate];
    }

    private static void endRecord(long recordIndex, long[] counts, long[] headerCounts, long[] consistent) {
        for (int c = 0; c < counts.length; c++) {
            if (recordIndex == 0) {
                headerCounts[c] = counts[c];
            }
            if (counts[c] == headerCounts[c]) {
                consistent[c]++;
            }
        }
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16)
                : in;
    }
}
