package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes CSV rows field by field without building intermediate strings, because the sales file
 * runs to hundreds of millions of lines. Values must not contain commas, quotes or line breaks;
 * the generator only produces such values. Rows end in CRLF, as in the crm-erp exports.
 */
final class CsvRowWriter implements Closeable {
    private static final int BUFFER_CHARS = 1 << 16;

    private final BufferedWriter out;
    private final char[] digits = new char[20];
    private boolean rowStarted;
    private long rows;

    CsvRowWriter(Path file) throws IOException {
        requireNonNull(file, "file is null");
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.US_ASCII), BUFFER_CHARS);
    }

    CsvRowWriter text(String value) throws IOException {
        separate();
        out.write(value);
        return this;
    }

    CsvRowWriter number(long value) throws IOException {
        separate();
        writeNumber(value);
        return this;
    }

    /** An empty field: how the exports show a missing value. */
    CsvRowWriter blank() throws IOException {
        separate();
        return this;
    }

    /** A number left-padded with zeros to {@code width} digits, after a prefix such as "AW". */
    CsvRowWriter zeroPadded(String prefix, long value, int width) throws IOException {
        separate();
        out.write(prefix);
        int length = toDigits(value);
        for (int i = length; i < width; i++) {
            out.write('0');
        }
        out.write(digits, digits.length - length, length);
        return this;
    }

    /** An ISO date (yyyy-MM-dd) from a yyyymmdd integer. */
    CsvRowWriter isoDate(int yyyymmdd) throws IOException {
        separate();
        int year = yyyymmdd / 10000;
        int month = yyyymmdd / 100 % 100;
        int day = yyyymmdd % 100;
        writeNumber(year);
        out.write('-');
        writeTwoDigits(month);
        out.write('-');
        writeTwoDigits(day);
        return this;
    }

    void endRow() throws IOException {
        out.write('\r');
        out.write('\n');
        rowStarted = false;
        rows++;
    }

    /** Rows ended so far, header included. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void separate() throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
    }

    private void writeTwoDigits(int value) throws IOException {
        out.write('0' + value / 10);
        out.write('0' + value % 10);
    }

    private void writeNumber(long value) throws IOException {
        if (value < 0) {
            out.write('-');
            value = -value;
        }
        int length = toDigits(value);
        out.write(digits, digits.length - length, length);
    }

    /** Fills the tail of {@code digits} with a non-negative value; returns how many were used. */
    private int toDigits(long value) {
        int position = digits.length;
        do {
            digits[--position] = (char) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        return digits.length - position;
    }
}
