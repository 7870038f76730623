package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlankLinesTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("f.csv"), content, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\n1,2\n\n3,4\n", "a,b\r\n1,2\r\n\r\n3,4\r\n", "a,b\n1,2\n3,4\n\n", "a,b\n1,2\n\r"})
    void findsAnEmptyLineAfterTheHeader(String content) throws IOException {
        assertThat(BlankLines.anyIn(file(content), "f.csv")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n3,4", "a,b\n,\n", "a,b\n \n", "", "a,b"})
    void aLastLineFeedOrALineOfSpacesOrDelimitersIsNoBlankLine(String content) throws IOException {
        assertThat(BlankLines.anyIn(file(content), "f.csv")).isFalse();
    }

    @Test
    void readsAGzippedFileUnpacked() throws IOException {
        Path gz = dir.resolve("f.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("a,b\n1,2\n\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(BlankLines.anyIn(gz, "f.csv.gz")).isTrue();
    }

    @Test
    void aMissingFileIsNamedAsTheSpecGivesIt() {
        assertThatThrownBy(() -> BlankLines.anyIn(dir.resolve("gone.csv"), "source_crm/gone.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("source_crm/gone.csv: cannot be read (");
    }
}
