package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format gives the same bronze shape: text columns plus _line. */
class SourceReadersTest {
    @TempDir
    Path dir;

    DuckDbEngine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private LoadedTable read(SourceSpec source) {
        LoadedTable table =
                SourceReaders.forSource("s", source).read(engine, dir.resolve(source.path()), "bronze.s", source);
        NullMarkers.apply(engine, table.table(), table.columns(), source.nullValues());
        return table;
    }

    private List<Map<String, Object>> rows() {
        return engine.query("SELECT * FROM bronze.s ORDER BY _line");
    }

    @Test
    void readsParquetAsTextWithRowNumbers() {
        engine.execute(
                "COPY (SELECT * FROM (VALUES (1, 2.5, DATE '2021-03-04'), (2, 7.25, NULL)) t(id, amount, day)) TO '"
                        + dir.resolve("s.parquet") + "' (FORMAT parquet)");
        LoadedTable table = read(SourceSpec.file("s.parquet").build());
        assertThat(table.columns()).containsExactly("id", "amount", "day");
        assertThat(rows().get(0))
                .containsEntry("id", "1")
                .containsEntry("amount", "2.50")
                .containsEntry("day", "2021-03-04")
                .containsEntry("_line", 1L);
        assertThat(rows().get(1))
                .containsEntry("id", "2")
                .containsEntry("day", null)
                .containsEntry("_line", 2L);
    }

    @Test
    void readsJsonLinesWhoseTypesChangeLateInTheFile() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 30_000; i++) {
            lines.append("{\"id\": ").append(i).append(", \"code\": 5}\n");
        }
        lines.append("{\"id\": \"X-1\", \"code\": \"n/a\"}\n");
        Files.writeString(dir.resolve("s.jsonl"), lines);
        LoadedTable table =
                read(SourceSpec.file("s.jsonl").nullValues(List.of("n/a")).build());
        assertThat(table.rowsLoaded()).isEqualTo(30_001);
        assertThat(engine.query("SELECT id, code, _line FROM bronze.s WHERE _line = 30001")
                        .get(0))
                .containsEntry("id", "X-1")
                .containsEntry("code", null)
                .containsEntry("_line", 30_001L);
    }

    @Test
    void aJsonLinesFileLargeEnoughToBeReadInParallelKeepsEveryRecordsLineNumber() throws Exception {
        int records = 1_200_000;
        try (var out = Files.newBufferedWriter(dir.resolve("s.jsonl"))) {
            for (int i = 1; i <= records; i++) {
                out.write("{\"id\": " + i + ", \"name\": \"customer number " + i + "\"}\n");
            }
        }
        assertThat(Files.size(dir.resolve("s.jsonl"))).isGreaterThan(40L << 20);
        read(SourceSpec.file("s.jsonl").build());
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.s WHERE CAST(id AS BIGINT) = _line"))
                .isEqualTo(records);
    }

    @Test
    void readsGzipCompressedCsv() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("s.csv.gz")))) {
            out.write("a;b\n1;x\n2;\"y; \"\"z\"\"\"\n".getBytes(StandardCharsets.UTF_8));
        }
        read(SourceSpec.file("s.csv.gz").delimiter(";").build());
        assertThat(rows()).extracting(r -> r.get("b")).containsExactly("x", "y; \"z\"");
        assertThat(rows()).extracting(r -> r.get("_line")).containsExactly(2L, 3L);
    }

    @Test
    void recodesWindows1252SoAccentsAndTheEuroSignSurvive() throws Exception {
        Files.write(
                dir.resolve("s.csv"), "name,price\nJosé Müller,€5\nZoë,3\n".getBytes(Charset.forName("windows-1252")));
        read(SourceSpec.file("s.csv").encoding("windows-1252").build());
        assertThat(rows()).extracting(r -> r.get("name")).containsExactly("José Müller", "Zoë");
        assertThat(rows()).extracting(r -> r.get("price")).containsExactly("€5", "3");
    }

    @Test
    void readsAFileWithoutAHeaderLine() throws Exception {
        Files.writeString(dir.resolve("s.csv"), "1,x\n2,y\n");
        LoadedTable table = read(SourceSpec.file("s.csv").header(false).build());
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(rows()).extracting(r -> r.get("_line")).containsExactly(1L, 2L);
    }

    @Test
    void blankLinesOfAFileWithoutAHeaderLineAreCountedAndKeepTheLineNumbers() throws Exception {
        Files.writeString(dir.resolve("s.csv"), "1,x\n\n2,y\r\n\r\n3,z\n\n");
        LoadedTable table = read(SourceSpec.file("s.csv").header(false).build());
        assertThat(table.rowsLoaded()).isEqualTo(3);
        assertThat(table.blankLines()).isEqualTo(3);
        assertThat(rows()).extracting(r -> r.get("_line")).containsExactly(1L, 3L, 5L);
    }

    @Test
    void aFileWithoutAHeaderHasTheSameColumnNamesWithOrWithoutBlankLines() throws Exception {
        String row = "1,2,3,4,5,6,7,8,9,10,11,12\n";
        Files.writeString(dir.resolve("s.csv"), row + row);
        List<String> engineNames =
                read(SourceSpec.file("s.csv").header(false).build()).columns();
        Files.writeString(dir.resolve("s.csv"), "\n" + row + "\n" + row);
        LoadedTable blanks = read(SourceSpec.file("s.csv").header(false).build());
        assertThat(engineNames).hasSize(12).startsWith("column00").endsWith("column11");
        assertThat(blanks.columns()).isEqualTo(engineNames);
        assertThat(rows()).extracting(r -> r.get("_line")).containsExactly(2L, 4L);
        assertThat(rows()).extracting(r -> r.get("column11")).containsExactly("12", "12");
    }

    @Test
    void blankLinesOfJsonLinesAreCountedAndKeepTheLineNumbers() throws Exception {
        Files.writeString(dir.resolve("s.jsonl"), "{\"id\": 1}\n\n{\"id\": 2}\n  \t\n\r\n{\"id\": 3}\n{\"id\": 4}\n\n");
        LoadedTable table = read(SourceSpec.file("s.jsonl").build());
        assertThat(table.rowsLoaded()).isEqualTo(4);
        assertThat(table.blankLines()).isEqualTo(4);
        assertThat(rows()).extracting(r -> r.get("id")).containsExactly("1", "2", "3", "4");
        assertThat(rows()).extracting(r -> r.get("_line")).containsExactly(1L, 3L, 6L, 7L);
    }

    @Test
    void readsTheNamedSheetOfAWorkbookWithSheetRowNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignore me");
            var sheet = workbook.createSheet("Orders");
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("Order ID");
            header.createCell(1).setCellValue("Order Date");
            header.createCell(2).setCellValue("Sales");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            var moneyStyle = workbook.createCellStyle();
            moneyStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("$#,##0.00"));
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("A-1");
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2021, 3, 4));
            date.setCellStyle(dateStyle);
            var sales = row.createCell(2);
            sales.setCellValue(1234.5);
            sales.setCellStyle(moneyStyle);
            sheet.createRow(5).createCell(0).setCellValue("A-2");
            try (OutputStream out = Files.newOutputStream(dir.resolve("s.xlsx"))) {
                workbook.write(out);
            }
        }
        LoadedTable table = read(SourceSpec.file("s.xlsx").sheet("Orders").build());
        assertThat(table.columns()).containsExactly("Order ID", "Order Date", "Sales");
        assertThat(rows()).hasSize(2);
        assertThat(rows().get(0))
                .containsEntry("Order Date", "2021-03-04")
                .containsEntry("Sales", "1234.5")
                .containsEntry("_line", 3L);
        assertThat(rows().get(1))
                .containsEntry("Order ID", "A-2")
                .containsEntry("Sales", null)
                .containsEntry("_line", 6L);
        // Sheet rows 1, 4 and 5 hold nothing: 6 rows = the header + 2 rows + 3 blank rows.
        assertThat(table.blankLines()).isEqualTo(3);
    }

    @Test
    void aSheetRowWithAValueRightOfTheHeaderIsRefusedWithItsRowNotCutOff() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Orders");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("amount");
            var kept = sheet.createRow(1);
            kept.createCell(0).setCellValue("A-1");
            kept.createCell(1).setCellValue("10");
            var noted = sheet.createRow(2);
            noted.createCell(0).setCellValue("A-2");
            noted.createCell(3).setCellValue("call back");
            var onlyNote = sheet.createRow(4);
            onlyNote.createCell(2).setCellValue("=SUM(B2:B3)");
            try (OutputStream out = Files.newOutputStream(dir.resolve("s.xlsx"))) {
                workbook.write(out);
            }
        }
        LoadedTable table = read(SourceSpec.file("s.xlsx").build());
        assertThat(table.rowsLoaded()).isEqualTo(1);
        assertThat(table.rowsRejected()).isEqualTo(2);
        // Rows 1 to 5: the header, one row, two refused rows and row 4, which holds nothing.
        assertThat(table.blankLines()).isEqualTo(1);
        assertThat(engine.query("SELECT _line, reason, raw FROM bronze.s_rejected ORDER BY _line"))
                .containsExactly(
                        Map.of(
                                "_line",
                                3L,
                                "reason",
                                "value in column D, right of the header's 2 columns",
                                "raw",
                                "A-2,,,call back"),
                        Map.of(
                                "_line",
                                5L,
                                "reason",
                                "value in column C, right of the header's 2 columns",
                                "raw",
                                ",,=SUM(B2:B3)"));
    }

    @Test
    void anUnknownSheetIsAUserErrorListingTheSheets() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Orders").createRow(0).createCell(0).setCellValue("a");
            try (OutputStream out = Files.newOutputStream(dir.resolve("s.xlsx"))) {
                workbook.write(out);
            }
        }
        assertThatThrownBy(() -> read(SourceSpec.file("s.xlsx").sheet("Sales").build()))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("s.xlsx: no sheet named 'Sales'; the workbook has Orders");
    }

    @Test
    void anUnknownFormatIsAUserErrorListingTheFormats() {
        assertThatThrownBy(() -> SourceReaders.forFormat("s", "avro"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("source 's': unknown format 'avro' (use csv, tsv, parquet, jsonl, xlsx, jdbc)");
    }

    private Path exportsFile(String name, byte[] content) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        return Files.write(dir.resolve("exports").resolve(name), content);
    }

    @Test
    void aBrokenParquetFileIsNamedAsTheSpecGivesIt() throws Exception {
        exportsFile("s.parquet", "not parquet at all".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(SourceSpec.file("exports/s.parquet").build()))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("exports/s.parquet: cannot be read as Parquet (")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void aBrokenJsonLinesFileIsNamedAsTheSpecGivesIt() throws Exception {
        exportsFile("s.jsonl", "{\"id\": 1}\n{not json\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(SourceSpec.file("exports/s.jsonl").build()))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("exports/s.jsonl: cannot be read as JSON lines")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void anUnterminatedQuoteInARecodedFileNamesTheUsersFileAndLineNotTheCopy() throws Exception {
        exportsFile("s.csv", "name,price\nJos\u00e9,5\n\"Zo\u00eb,3\n".getBytes(Charset.forName("windows-1252")));
        assertThatThrownBy(() -> read(SourceSpec.file("exports/s.csv")
                        .encoding("windows-1252")
                        .build()))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("exports/s.csv line 3: unterminated quote (the field runs to the end of the file);"
                        + " close the quote in the file or set quote: none for this source");
    }

    @Test
    void anUnknownEncodingNamesTheSpecPath() throws Exception {
        exportsFile("s.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(
                        SourceSpec.file("exports/s.csv").encoding("klingon").build()))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "exports/s.csv: unknown encoding 'klingon'; use utf-8, windows-1252, latin-1 or another Java charset name");
    }
}
