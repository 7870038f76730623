package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSnifferTest {
    @TempDir
    Path dir;

    private static Path corpus(String name) {
        try {
            return Path.of(CsvSnifferTest.class.getResource("badfiles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SniffedCsv sniff(Path file) {
        return CsvSniffer.sniff(file, null, null, '"');
    }

    private static void assertUserError(Path file, String message) {
        assertThatThrownBy(() -> sniff(file))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((SalesLensException) e).category()).isEqualTo(ErrorCategory.USER_ERROR));
    }

    @Test
    void emptyFileIsAUserError() {
        assertUserError(corpus("empty.csv"), "empty.csv line 1: the file is empty");
    }

    @Test
    void headerOnlyIsAUserErrorNamingLineTwo() {
        assertUserError(corpus("header-only.csv"), "header-only.csv line 2: no data rows below the header");
    }

    @Test
    void binaryFilesAreNamedByTheirMagicNumbers() {
        assertUserError(corpus("gzip.csv"), "gzip.csv line 1: the file is gzip-compressed");
        assertUserError(corpus("xlsx.csv"), "xlsx.csv line 1: the file is a ZIP archive (an Excel .xlsx workbook?)");
        assertUserError(corpus("png.csv"), "png.csv line 1: the file is a PNG image");
    }

    @Test
    void duplicatedHeaderNamesAreAUserError() {
        assertUserError(
                corpus("duplicate-header.csv"),
                "duplicate-header.csv line 1: column 'a' appears twice (columns 1 and 3)");
    }

    @Test
    void detectsSemicolonAndTabDelimitersFromTheHeader() {
        assertThat(sniff(corpus("semicolon.csv")).delimiter()).isEqualTo(';');
        assertThat(sniff(corpus("tab.csv")).delimiter()).isEqualTo('\t');
        assertThat(sniff(corpus("tab.csv")).columns()).containsExactly("a", "b", "c");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        SniffedCsv sniffed = sniff(corpus("bom.csv"));
        assertThat(sniffed.bom()).isTrue();
        assertThat(sniffed.columns()).containsExactly("a", "b", "c");
    }

    @Test
    void crlfLineEndingsAreNotPartOfTheLastColumnName() {
        assertThat(sniff(corpus("crlf.csv")).columns()).containsExactly("a", "b", "c");
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() {
        assertThat(sniff(corpus("latin1.csv")).encoding()).isEqualTo("windows-1252");
        assertThat(sniff(corpus("crlf.csv")).encoding()).isEqualTo("utf-8");
    }

    @Test
    void aSingleTenMegabyteLineIsAUserErrorWithBoundedMemory() throws IOException {
        Path file = dir.resolve("one-line.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = "x,".repeat(512).getBytes();
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(chunk);
            }
        }
        assertUserError(file, "one-line.csv line 1: no line break in the first 1 MB");
    }
}
