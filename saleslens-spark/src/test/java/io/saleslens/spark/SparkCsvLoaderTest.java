package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.SalesLensException;
import io.saleslens.ingest.SourceReaders;
import io.saleslens.spec.SourceSpec;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkCsvLoaderTest {
    private final SparkEngine engine = SharedSpark.engine();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SparkCsvLoaderTest.class.getResource("/csv/" + name).toURI());
    }

    @Test
    void numbersRowsByTheirLineInTheFileAndRejectsRowsWithMissingFields() throws Exception {
        LoadedTable table = engine.loadCsv("bronze.people", fixture("one-short-row.csv"), CsvFormat.DEFAULT);

        assertThat(table.columns()).containsExactly("id", "name", "amount", "_line");
        assertThat(table.rowsLoaded()).isEqualTo(3);
        assertThat(table.rowsRejected()).isEqualTo(1);
        List<Map<String, Object>> rows = engine.query("SELECT id, name, _line FROM bronze.people ORDER BY _line");
        assertThat(rows).extracting(row -> row.get("_line")).containsExactly(2L, 3L, 6L);
        assertThat(rows).extracting(row -> row.get("name")).containsExactly("Ann", "Bob, Jr.", "Dee \"D\"");
        Map<String, Object> rejected = engine.query("SELECT _line, reason, raw FROM bronze.people_rejected")
                .get(0);
        assertThat(rejected.get("_line")).isEqualTo(4L);
        assertThat(rejected.get("raw")).isEqualTo("3,Cy");
        assertThat((String) rejected.get("reason")).contains("not 3 fields");
    }

    @Test
    void aSourceDeclaredLatin1IsRecodedBeforeSparkReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.csv");
        Files.write(file, "id,name\n1,M\u00fcller\n2,Fran\u00e7ois\n".getBytes(StandardCharsets.ISO_8859_1));
        SourceSpec source = SourceSpec.file("names.csv").encoding("latin-1").build();

        LoadedTable table = SourceReaders.forSource("names", source).read(engine, file, "bronze.names", source);

        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(engine.query("SELECT name FROM bronze.names ORDER BY _line"))
                .extracting(row -> row.get("name"))
                .containsExactly("M\u00fcller", "Fran\u00e7ois");
    }

    @Test
    void refusesAnEncodingOtherThanUtf8WithAMessageNamingTheFile() throws Exception {
        Path file = fixture("one-short-row.csv");
        assertThatThrownBy(() -> engine.loadCsv("bronze.latin", file, CsvFormat.DEFAULT.withEncoding("latin-1")))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("UTF-8 files only");
    }
}
