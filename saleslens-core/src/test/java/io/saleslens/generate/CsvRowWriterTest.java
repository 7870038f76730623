package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowWriterTest {
    @TempDir
    Path directory;

    @Test
    void writesFieldsSeparatedByCommasAndRowsEndingInCrLf() throws IOException {
        Path file = directory.resolve("nested/rows.csv");
        try (CsvRowWriter csv = new CsvRowWriter(file)) {
            csv.text("a").number(0).number(-42).blank().number(Long.MAX_VALUE).endRow();
            csv.zeroPadded("AW", 11000, 8)
                    .zeroPadded("AW-", 7, 8)
                    .zeroPadded("SO", 43697, 0)
                    .endRow();
            csv.isoDate(20110105).isoDate(19991231).endRow();
            assertThat(csv.rows()).isEqualTo(3);
        }

        assertThat(Files.readString(file))
                .isEqualTo("a,0,-42,,9223372036854775807\r\n"
                        + "AW00011000,AW-00000007,SO43697\r\n"
                        + "2011-01-05,1999-12-31\r\n");
    }

    @Test
    void aRowOfOneBlankFieldIsAnEmptyLine() throws IOException {
        Path file = directory.resolve("blank.csv");
        try (CsvRowWriter csv = new CsvRowWriter(file)) {
            csv.blank().blank().endRow();
        }

        assertThat(Files.readString(file)).isEqualTo(",\r\n");
    }
}
