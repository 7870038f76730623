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
        assertThat(table.dialect()).containsEntry("encoding", "windows-1252").containsEntry("rows_decoded_from_windows-1252", 2L);
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE b = 'café'")).isEqualTo(1);
    }

    @Test
    void windows1252PunctuationBecomesTheCharactersTheExportMeant() throws Exception {
        Path file = dir.resolve("prices.csv");
        // 0x80 is the euro sign, 0x93/0x94 curly quotes and 0x96 an en dash in Windows-1252; Latin-1 has control characters there.
        byte[] text = "id,label\n1,\u0080 5 \u0096 \u0093special\u0094\n2,plain\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, text);
        LoadedTable table = read(file);
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(table.dialect()).containsEntry("rows_decoded_from_windows-1252", 1L);
        assertThat(engine.query("SELECT label, _line FROM bronze.t ORDER BY _line")).extracting(r -> r.get("label"), r -> r.get("_line"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("\u20ac 5 \u2013 \u201cspecial\u201d", 2L),
                        org.assertj.core.groups.Tuple.tuple("plain", 3L));
    }

    @Test
    void aFileWithMixedLineEndingsIsReadWithItsLineNumbersAndNoCarriageReturns() throws Exception {
        Path file = dir.resolve("appended.csv");
        StringBuilder text = new StringBuilder("id,name,amount\r\n");
        for (int i = 1; i <= 3000; i++) {
            text.append(i).append(",n").append(i).append(',').append(i * 2).append(i % 3 == 0 ? "\n" : "\r\n");
        }
        Files.writeString(file, text);
        LoadedTable table = read(file);
        assertThat(table.rowsLoaded()).isEqualTo(3000);
        assertThat(table.dialect()).containsEntry("line_endings", "mixed CR LF and LF, read as LF");
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE amount LIKE '%' || chr(13) || '%'")).isZero();
        assertThat(engine.queryLong("SELECT _line FROM bronze.t WHERE id = '1500'")).isEqualTo(1501);
        assertThat(engine.queryLong("SELECT sum(CAST(amount AS BIGINT)) FROM bronze.t")).isEqualTo(3000L * 3001);
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
