package io.saleslens.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir
    Path data;

    @Test
    void aGlobListsTheMatchingFilesOfItsFolderInNameOrder() throws IOException {
        Files.createDirectories(data.resolve("sales/old"));
        for (String name : new String[] {
            "sales/2026-01-02.csv", "sales/2026-01-01.csv", "sales/notes.txt", "sales/old/2025-12-31.csv", "other.csv"
        }) {
            Files.writeString(data.resolve(name), "a\n1\n");
        }

        assertThat(SourceFiles.of(data, "sales", SourceSpec.file("sales/*.csv").build()))
                .containsExactly("sales/2026-01-01.csv", "sales/2026-01-02.csv");
        assertThat(SourceFiles.of(data, "sales", SourceSpec.file("sales/**.csv").build()))
                .containsExactly("sales/2026-01-01.csv", "sales/2026-01-02.csv", "sales/old/2025-12-31.csv");
        assertThat(SourceFiles.of(data, "sales", SourceSpec.file("*.csv").build()))
                .containsExactly("other.csv");
    }

    @Test
    void aPlainPathIsItsOwnFileWhetherOrNotItIsThere() {
        assertThat(SourceFiles.of(data, "sales", SourceSpec.file("sales.csv").build()))
                .containsExactly("sales.csv");
    }

    @Test
    void aGlobThatMatchesNothingIsAUserErrorNamingThePattern() throws IOException {
        Files.createDirectories(data.resolve("sales"));

        assertThatThrownBy(() -> SourceFiles.of(
                        data, "sales", SourceSpec.file("sales/*.csv").build()))
                .isInstanceOfSatisfying(
                        SalesLensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_NOT_FOUND))
                .hasMessage(data.resolve("sales/*.csv")
                        + ": no file matches the path of source 'sales'; add the files or change its path in the spec");
        assertThatThrownBy(() -> SourceFiles.of(
                        data, "sales", SourceSpec.file("missing/*.csv").build()))
                .hasMessageContaining("no file matches the path of source 'sales'");
    }

    @Test
    void aGlobSourceIsNamedByItsPatternWithoutWildcardsOrElseByItsFolder() {
        assertThat(SourceSpec.file("sales/*.csv").build().fileStem()).isEqualTo("sales");
        assertThat(SourceSpec.file("exports/sales_*.csv").build().fileStem()).isEqualTo("sales");
        assertThat(SourceSpec.file("*.csv").build().fileStem()).isEqualTo("source");
        assertThat(SourceSpec.file("exports/sales.csv").build().fileStem()).isEqualTo("sales");
        assertThat(SourceSpec.file("exports/sales.csv").build().isGlob()).isFalse();
    }
}
