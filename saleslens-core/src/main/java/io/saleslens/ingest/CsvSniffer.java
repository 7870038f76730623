package io.saleslens.ingest;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Looks at the first megabyte of a file before the engine reads it: binary formats by their magic
 * numbers, a UTF-8 byte-order mark, the encoding (UTF-8, else Latin-1), the header line, its delimiter
 * and duplicated column names. Memory is bounded by {@link #SAMPLE_BYTES} whatever the file's size.
 */
public final class CsvSniffer {
    static final int SAMPLE_BYTES = 1 << 20;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /**
     * What a file that is not UTF-8 is read as. Windows-1252 agrees with Latin-1 on every printable character
     * and adds the ones spreadsheet exports use in 0x80-0x9F (the euro sign, curly quotes, dashes), which
     * Latin-1 would turn into invisible control characters.
     */
    static final String WINDOWS_1252 = "windows-1252";

    private CsvSniffer() {}

    /** Sniffs a file that messages name by its file name. */
    public static SniffedCsv sniff(Path file, String delimiter, String encoding, char quote) {
        return sniff(file, file.getFileName().toString(), delimiter, encoding, quote);
    }

    /**
     * @param origin the file as the spec names it (relative to the data folder), for messages
     * @param delimiter the spec's delimiter, or null to detect it from the header line
     * @param encoding the spec's encoding, or null to detect it
     */
    public static SniffedCsv sniff(Path file, String origin, String delimiter, String encoding, char quote) {
        byte[] sample;
        long size;
        // A .gz file is sniffed after decompression, as the engine reads it.
        try (InputStream in = file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            size = Files.size(file);
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_UNREADABLE,
                    origin + ": cannot read (" + e.getMessage() + "); check the file's permissions",
                    e);
        }
        String name = origin;
        // A UTF-16 file (Excel's "Unicode text" export) starts with its byte-order mark; it is text, not binary.
        String utf16 = utf16ByteOrderMark(sample);
        if (utf16 != null) {
            return sniffUtf16(file, origin, name, sample, delimiter, encoding != null ? encoding : utf16, quote);
        }
        rejectBinary(name, sample);
        boolean bom = sample.length >= 3
                && (sample[0] & 0xff) == 0xEF
                && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        if (new String(sample, start, sample.length - start, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name + " line 1: the file is empty; export it again with a header line and data rows");
        }
        String detectedEncoding =
                encoding != null ? encoding : (isUtf8(sample, start, size > sample.length) ? "utf-8" : WINDOWS_1252);
        int newline = indexOf(sample, start, (byte) '\n');
        if (newline < 0 && indexOf(sample, start, (byte) '\r') >= 0) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name + " line 1: lines end in a carriage return alone (an old Mac export), which no CSV reader here"
                            + " splits; save the file with LF or CR LF line ends (for example: tr '\\r' '\\n' < in.csv > out.csv)");
        }
        if (newline < 0 && size > sample.length) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name + " line 1: no line break in the first " + SAMPLE_BYTES / (1 << 20)
                            + " MB; check that this is a CSV file with one record per line");
        }
        int headerEnd = newline < 0 ? sample.length : newline;
        String header = new String(
                        sample, start, headerEnd - start, DelimitedTextReader.charset(origin, detectedEncoding))
                .replace("\r", "");
        boolean hasData = newline >= 0
                && (size > sample.length
                        || !new String(sample, newline + 1, sample.length - newline - 1, StandardCharsets.ISO_8859_1)
                                .isBlank());
        if (!hasData) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED, name + " line 2: no data rows below the header; export the data again");
        }
        char separator = delimiter != null ? parseDelimiter(delimiter) : detectDelimiter(header, quote);
        List<String> columns = columnsOnce(name, splitHeader(header, separator, quote));
        return new SniffedCsv(detectedEncoding, separator, bom, columns);
    }

    /** The header's columns, refused when one name appears twice (a later one would hide the earlier). */
    private static List<String> columnsOnce(String name, List<String> columns) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Integer earlier = seen.putIfAbsent(columns.get(i), i + 1);
            if (earlier != null) {
                throw new SalesLensException(
                        ErrorCode.SOURCE_MALFORMED,
                        name + " line 1: column '" + columns.get(i) + "' appears twice (columns " + earlier + " and "
                                + (i + 1) + "); rename one in the header");
            }
        }
        return columns;
    }

    /** The encoding a UTF-16 byte-order mark names, or null when the sample does not start with one. */
    private static String utf16ByteOrderMark(byte[] sample) {
        // The engine reads "utf-16" little-endian, the order Windows writes; big-endian goes through a UTF-8 copy.
        if (startsWith(sample, 0xFF, 0xFE)) {
            return "utf-16";
        }
        return startsWith(sample, 0xFE, 0xFF) ? "utf-16be" : null;
    }

    /**
     * A UTF-16 file: its header is decoded as UTF-16 (the byte-order mark says which byte comes first) and the file is
     * read through a UTF-8 copy like any encoding the engine cannot decode.
     */
    private static SniffedCsv sniffUtf16(
            Path file, String origin, String name, byte[] sample, String delimiter, String encoding, char quote) {
        String text = new String(sample, DelimitedTextReader.charset(origin, encoding)).replace("\uFEFF", "");
        if (text.isBlank()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name + " line 1: the file is empty; export it again with a header line and data rows");
        }
        int newline = text.indexOf('\n');
        if (newline < 0 || text.substring(newline + 1).isBlank()) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED, name + " line 2: no data rows below the header; export the data again");
        }
        String header = text.substring(0, newline).replace("\r", "");
        char separator = delimiter != null ? parseDelimiter(delimiter) : detectDelimiter(header, quote);
        return new SniffedCsv(encoding, separator, true, columnsOnce(name, splitHeader(header, separator, quote)));
    }

    private static void rejectBinary(String name, byte[] sample) {
        if (startsWith(sample, 0x1F, 0x8B)) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name
                            + " line 1: the file is gzip-compressed, not CSV text; decompress it (gunzip) and point the spec at the result");
        }
        if (startsWith(sample, 0x50, 0x4B, 0x03, 0x04)) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name
                            + " line 1: the file is a ZIP archive (an Excel .xlsx workbook?), not CSV text; save the sheet as CSV");
        }
        if (startsWith(sample, 0x89, 0x50, 0x4E, 0x47)) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    name + " line 1: the file is a PNG image, not CSV text; export the data as CSV");
        }
        for (int i = 0; i < Math.min(sample.length, 8192); i++) {
            if (sample[i] == 0) {
                throw new SalesLensException(
                        ErrorCode.SOURCE_MALFORMED,
                        name + " line 1: binary data (a NUL byte at byte " + (i + 1) + "), not CSV text;"
                                + " export the data as CSV (UTF-16 text without a byte-order mark: save it as UTF-8,"
                                + " or as UTF-16 with one)");
            }
        }
    }

    /** Valid UTF-8, allowing a sequence cut off by the end of a sample that is not the whole file. */
    private static boolean isUtf8(byte[] sample, int start, boolean truncated) {
        int end = sample.length;
        if (truncated) {
            while (end > start && end > sample.length - 4 && (sample[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > start && (sample[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static char parseDelimiter(String delimiter) {
        return delimiter.equals("\\t") || delimiter.equals("tab") ? '\t' : delimiter.charAt(0);
    }

    /** The candidate that occurs most often outside quotes in the header line; a comma when none does. */
    static char detectDelimiter(String header, char quote) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = splitHeader(header, candidate, quote).size() - 1;
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    static List<String> splitHeader(String header, char delimiter, char quote) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quote != 0 && c == quote) {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    private static boolean startsWith(byte[] sample, int... magic) {
        if (sample.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((sample[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int from, byte wanted) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
