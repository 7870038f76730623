package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceReaderTest {
    @TempDir
    Path dir;

    private Engine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private LoadedTable read(Path file) {
        return new CsvSourceReader().read(engine, file, "bronze.t", new SourceSpec(file.getFileName().toString(), null, null, null));
    }

    private static Path corpus(String name) throws URISyntaxException {
        return Path.of(CsvSourceReaderTest.class.getResource("badfiles/" + name).toURI());
    }

    @Test
    void raggedRowsAreRejectedWithTheirLinesAndCounted() throws Exception {
        LoadedTable table = read(corpus("ragged.csv"));
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(table.rowsRejected()).isEqualTo(2);
        assertThat(engine.query("SELECT _line FROM bronze.t_rejected ORDER BY _line")).extracting(r -> r.get("_line")).containsExactly(3L, 4L);
        assertThat(engine.query("SELECT _line FROM bronze.t ORDER BY _line")).extracting(r -> r.get("_line")).containsExactly(2L, 5L);
    }

    @Test
    void anUnterminatedQuoteNamesItsLine() {
        assertThatThrownBy(() -> read(corpus("unterminated-quote.csv"))).isInstanceOf(SalesLensException.class)
                .hasMessageContaining("unterminated-quote.csv line 2: unterminated quote");
    }

    @Test
    void crlfAndBomFilesReadCleanly() throws Exception {
        assertThat(read(corpus("crlf.csv")).rowsLoaded()).isEqualTo(2);
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE c = '6'")).isEqualTo(1);
        assertThat(read(corpus("bom.csv")).columns()).containsExactly("a", "b", "c");
    }

    @Test
    void latin1BytesAreDecodedAndTheAffectedRowsCounted() throws Exception {
        LoadedTable table = read(corpus("latin1.csv"));
        assertThat(table.rowsLoaded()).isEqualTo(3);
        assertThat(table.dialect()).containsEntry("rows_decoded_from_latin-1", 2L);
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE b = 'café'")).isEqualTo(1);
    }

    @Test
    void semicolonFilesAreSplitByTheDetectedDelimiter() throws Exception {
        assertThat(read(corpus("semicolon.csv")).columns()).containsExactly("a", "b", "c");
    }

    @Test
    void aTenMegabyteDataLineIsRejectedAndTheOthersLoad() throws IOException {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4," + "x".repeat(10 * 1024 * 1024) + ",6\n7,8,9\n");
        LoadedTable table = read(file);
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(table.rowsRejected()).isEqualTo(1);
        assertThat(engine.queryLong("SELECT _line FROM bronze.t_rejected")).isEqualTo(3);
    }
}
