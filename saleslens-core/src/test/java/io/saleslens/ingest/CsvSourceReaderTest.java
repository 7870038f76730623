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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        return new CsvSourceReader()
                .read(
                        engine,
                        file,
                        "bronze.t",
                        SourceSpec.file(file.getFileName().toString()).build());
    }

    /** Reads {@code file} as the source the spec names {@code specPath}, as a run reads data-folder files. */
    private LoadedTable read(Path file, String specPath) {
        return new CsvSourceReader()
                .read(engine, file, "bronze.t", SourceSpec.file(specPath).build());
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("user.dir"))
                .getParent()
                .resolve("examples/crm-erp/source_crm")
                .resolve(name);
    }

    /** The data lines (after the header) of a file split on LF, a CR before the LF dropped, as a text editor numbers them. */
    private static List<String> dataLines(byte[] content, Charset charset) {
        List<String> lines = new ArrayList<>(List.of(new String(content, charset).split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        return lines.subList(1, lines.size());
    }

    private static Path corpus(String name) throws URISyntaxException {
        return Path.of(CsvSourceReaderTest.class.getResource("badfiles/" + name).toURI());
    }

    @Test
    void raggedRowsAreRejectedWithTheirLinesAndCounted() throws Exception {
        LoadedTable table = read(corpus("ragged.csv"));
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(table.rowsRejected()).isEqualTo(2);
        assertThat(engine.query("SELECT _line FROM bronze.t_rejected ORDER BY _line"))
                .extracting(r -> r.get("_line"))
                .containsExactly(3L, 4L);
        assertThat(engine.query("SELECT _line FROM bronze.t ORDER BY _line"))
                .extracting(r -> r.get("_line"))
                .containsExactly(2L, 5L);
        assertThat(engine.query("SELECT reason FROM bronze.t_rejected ORDER BY _line"))
                .extracting(r -> r.get("reason"))
                .containsExactly("2 fields, expected 3", "4 fields, expected 3");
    }

    @Test
    void aCarriageReturnInsideALineRejectsThatLineWithItsFieldCountAndKeepsTheOthers() throws Exception {
        Path file = corpus("carriage-return.csv");
        List<String> lines = dataLines(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<Long> good = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int fields = lines.get(i).split(",", -1).length;
            if (fields == 3) {
                good.add(i + 2L);
            } else {
                reasons.add((i + 2) + ": " + fields + " fields, expected 3");
            }
        }
        LoadedTable table = read(file);
        assertThat(table.rowsLoaded()).isEqualTo(good.size());
        assertThat(table.rowsRejected()).isEqualTo(reasons.size());
        assertThat(engine.query("SELECT _line FROM bronze.t ORDER BY _line"))
                .extracting(r -> r.get("_line"))
                .containsExactlyElementsOf(good);
        assertThat(engine.query(
                        "SELECT CAST(_line AS VARCHAR) || ': ' || reason AS r FROM bronze.t_rejected ORDER BY _line"))
                .extracting(r -> r.get("r"))
                .containsExactlyElementsOf(reasons);
        assertThat(engine.query("SELECT raw FROM bronze.t_rejected WHERE _line = 3")
                        .get(0))
                .containsEntry("raw", lines.get(1));
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE amount LIKE '%' || chr(13) || '%'"))
                .isZero();
    }

    @Test
    void theSampleOrderLinesWithExtraFieldsAfterACarriageReturnOnLine100LoseOnlyThatLine() throws Exception {
        byte[] original = Files.readAllBytes(sample("sales_details.csv"));
        String text = new String(original, StandardCharsets.UTF_8);
        // What `sed '100s/$/,extra,fields/'` does to a CR LF file: the fields land after the line's CR.
        int start = 0;
        for (int line = 1; line < 100; line++) {
            start = text.indexOf('\n', start) + 1;
        }
        int end = text.indexOf('\n', start);
        Path file = dir.resolve("sales_details.csv");
        Files.writeString(file, text.substring(0, end) + ",extra,fields" + text.substring(end));
        List<String> lines = dataLines(Files.readAllBytes(file), StandardCharsets.UTF_8);

        LoadedTable table = read(file, "source_crm/sales_details.csv");

        assertThat(table.rowsRead()).isEqualTo(lines.size());
        assertThat(table.rowsRejected()).isEqualTo(1);
        assertThat(engine.query("SELECT _line, reason, raw FROM bronze.t_rejected")
                        .get(0))
                .containsEntry("_line", 100L)
                .containsEntry("reason", "11 fields, expected 9")
                .containsEntry("raw", lines.get(98));
        assertThat(engine.queryLong("SELECT max(_line) FROM bronze.t")).isEqualTo(lines.size() + 1);
        assertThat(engine.query("SELECT sls_ord_num FROM bronze.t WHERE _line = 101")
                        .get(0))
                .containsEntry("sls_ord_num", lines.get(99).split(",")[0]);
    }

    @Test
    void oneInvalidByteDecodesOnlyItsLineAsWindows1252() throws Exception {
        byte[] original = Files.readAllBytes(sample("cust_info.csv"));
        List<String> lines = dataLines(original, StandardCharsets.UTF_8);
        int badLine = 200;
        String text = new String(original, StandardCharsets.UTF_8);
        int start = 0;
        for (int line = 1; line < badLine; line++) {
            start = text.indexOf('\n', start) + 1;
        }
        int at = text.substring(0, start).getBytes(StandardCharsets.UTF_8).length
                + text.substring(start).indexOf(',');
        byte[] broken = new byte[original.length + 1];
        System.arraycopy(original, 0, broken, 0, at);
        broken[at] = (byte) 0xE9; // é in Windows-1252, never valid alone in UTF-8
        System.arraycopy(original, at, broken, at + 1, original.length - at);
        Path file = dir.resolve("cust_info.csv");
        Files.write(file, broken);
        Map<Long, String> accented = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).chars().allMatch(c -> c < 128)) {
                accented.put(i + 2L, lines.get(i).split(",", -1)[2]);
            }
        }

        LoadedTable table = read(file, "source_crm/cust_info.csv");

        assertThat(table.rowsRead())
                .isEqualTo(lines.stream().filter(l -> !l.isEmpty()).count());
        assertThat(table.dialect())
                .containsEntry("rows_decoded_from_windows-1252", 1L)
                .containsEntry("rows_decoded_from_windows-1252_lines", List.of((long) badLine));
        Map<Long, String> read = new TreeMap<>();
        engine.query("SELECT _line, cst_firstname FROM bronze.t WHERE _line IN ("
                        + accented.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ")")
                .forEach(r -> read.put((Long) r.get("_line"), (String) r.get("cst_firstname")));
        assertThat(accented).hasSizeGreaterThan(50);
        assertThat(read).isEqualTo(accented);
        assertThat(engine.query("SELECT cst_id FROM bronze.t WHERE _line = " + badLine)
                        .get(0))
                .containsEntry("cst_id", lines.get(badLine - 2).split(",")[0] + "\u00e9");
    }

    @Test
    void anInvalidByteAfterTheFirstMegabyteDecodesOnlyItsLine() throws Exception {
        StringBuilder text = new StringBuilder("id,name\n");
        int rows = 40_000;
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",Jos\u00e9 ").append("x".repeat(20)).append('\n');
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).isGreaterThan(CsvSniffer.SAMPLE_BYTES);
        Path file = dir.resolve("late.csv");
        Files.write(
                file,
                (new String(utf8, StandardCharsets.UTF_8) + "99999,Ren\u00e9\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] = (byte) 0xE9; // the last line's é as the one Windows-1252 byte E9
        bytes[bytes.length - 2] = '\n';
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));

        LoadedTable table = read(file);

        assertThat(table.rowsLoaded()).isEqualTo(rows + 1);
        assertThat(table.dialect())
                .containsEntry("encoding", "utf-8")
                .containsEntry("rows_decoded_from_windows-1252", 1L)
                .containsEntry("rows_decoded_from_windows-1252_lines", List.of(rows + 2L));
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE name = 'Jos\u00e9 " + "x".repeat(20) + "'"))
                .isEqualTo(rows);
        assertThat(engine.query("SELECT name FROM bronze.t WHERE id = '99999'").get(0))
                .containsEntry("name", "Ren\u00e9");
    }

    @Test
    void anUnterminatedQuoteNamesItsLine() {
        assertThatThrownBy(() -> read(corpus("unterminated-quote.csv")))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("unterminated-quote.csv line 2: unterminated quote");
    }

    @Test
    void crlfAndBomFilesReadCleanly() throws Exception {
        assertThat(read(corpus("crlf.csv")).rowsLoaded()).isEqualTo(2);
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE c = '6'"))
                .isEqualTo(1);
        assertThat(read(corpus("bom.csv")).columns()).containsExactly("a", "b", "c");
    }

    @Test
    void blankLinesAreCountedAndTheRowsAfterThemKeepTheirLineNumbers() throws Exception {
        Path file = corpus("blank-lines.csv");
        List<String> lines = dataLines(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<Long> rowLines = new ArrayList<>();
        long blank = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                blank++;
            } else {
                rowLines.add(i + 2L);
            }
        }
        LoadedTable table = read(file);
        assertThat(table.blankLines()).isEqualTo(blank).isEqualTo(4);
        assertThat(table.rowsRead()).isEqualTo(rowLines.size()).isEqualTo(3);
        assertThat(1 + table.rowsRead() + table.blankLines()).isEqualTo(1 + lines.size());
        assertThat(engine.query("SELECT _line, name FROM bronze.t ORDER BY _line"))
                .extracting(r -> r.get("_line"), r -> r.get("name"))
                .containsExactly(Tuple.tuple(2L, "Anna"), Tuple.tuple(4L, "Ben"), Tuple.tuple(7L, "Cleo"));
    }

    @Test
    void anEmptyLineInsideAQuotedFieldIsPartOfTheField() throws Exception {
        LoadedTable table = read(corpus("blank-line-in-quotes.csv"));
        assertThat(table.blankLines()).isEqualTo(1);
        assertThat(engine.query("SELECT _line, name FROM bronze.t ORDER BY _line"))
                .extracting(r -> r.get("_line"), r -> r.get("name"))
                .containsExactly(Tuple.tuple(2L, "two\n\nlines"), Tuple.tuple(6L, "Ben"));
    }

    @Test
    void blankLinesOfASingleByteEncodedFileAreCountedToo() throws Exception {
        LoadedTable table = read(corpus("blank-lines-windows-1252.csv"));
        assertThat(table.blankLines()).isEqualTo(1);
        assertThat(engine.query("SELECT _line, name FROM bronze.t ORDER BY _line"))
                .extracting(r -> r.get("_line"), r -> r.get("name"))
                .containsExactly(Tuple.tuple(2L, "René"), Tuple.tuple(4L, "Ben"));
    }

    /** Finding: a 2,000-name header ran for minutes and gigabytes; above the limit the file is refused unread. */
    @Test
    void aHeaderOfMoreThanAThousandNamesIsRefusedNamingTheFile() throws IOException {
        StringBuilder csv = new StringBuilder("id");
        for (int i = 1; i <= ColumnLimit.MAX_COLUMNS; i++) {
            csv.append(",extra_").append(i);
        }
        csv.append('\n').append("1").append(",".repeat(ColumnLimit.MAX_COLUMNS)).append('\n');
        Path file = Files.writeString(dir.resolve("wide.csv"), csv);
        assertThatThrownBy(() -> read(file, "source_crm/wide.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("source_crm/wide.csv: 1,001 columns, more than the 1,000 a source may have; export only"
                        + " the columns the spec reads, or split the file");
        assertThat(engine.tableExists("bronze.t")).isFalse();
    }

    @Test
    void aFileReadLineByLineReportsItsBytesAsItGoes() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        int rows = 3 * LineByLineCsvLoader.PROGRESS_LINES;
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(",name ").append(i).append('\n');
        }
        // A blank line: the file is read line by line.
        csv.append('\n');
        Path file = Files.writeString(dir.resolve("long.csv"), csv);
        long size = Files.size(file);
        List<long[]> reports = new ArrayList<>();
        List<String> units = new ArrayList<>();
        LoadedTable table = new CsvSourceReader()
                .read(engine, file, "bronze.t", SourceSpec.file("long.csv").build(), (done, total, unit) -> {
                    reports.add(new long[] {done, total});
                    units.add(unit);
                });
        assertThat(table.rowsLoaded()).isEqualTo(rows);
        // Lines 4,096, 8,192 and 12,288 of the 12,290.
        assertThat(reports).hasSize(3);
        assertThat(units).containsOnly("bytes");
        assertThat(reports).allSatisfy(report -> assertThat(report[1]).isEqualTo(size));
        assertThat(reports).isSortedAccordingTo((a, b) -> Long.compare(a[0], b[0]));
        assertThat(reports.get(2)[0]).isPositive().isLessThanOrEqualTo(size);
    }

    @Test
    void aFileTheEngineReadsWholeReportsItsProgressWhileItIsRead() throws IOException {
        // Large enough that reading it takes longer than the half second between two looks at the engine's progress.
        Path file = dir.resolve("large.csv");
        int rows = 3_000_000;
        try (var out = Files.newBufferedWriter(file)) {
            out.write("id,name,city,amount\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",customer number " + i + ",Springfield," + (i % 977) + ".25\n");
            }
        }
        long size = Files.size(file);
        List<long[]> reports = new CopyOnWriteArrayList<>();
        LoadedTable table = new CsvSourceReader()
                .read(engine, file, "bronze.t", SourceSpec.file("large.csv").build(), (done, total, unit) -> {
                    reports.add(new long[] {done, total});
                });
        assertThat(table.rowsLoaded()).isEqualTo(rows);
        assertThat(reports).isNotEmpty();
        assertThat(reports).allSatisfy(report -> {
            assertThat(report[1]).isEqualTo(size);
            assertThat(report[0]).isPositive().isLessThan(size);
        });
        assertThat(reports).isSortedAccordingTo((a, b) -> Long.compare(a[0], b[0]));
    }

    @Test
    void aFileWithoutBlankLinesHasNone() {
        assertThat(read(sample("prd_info.csv")).blankLines()).isZero();
    }

    @Test
    void latin1BytesAreDecodedAndTheAffectedRowsCounted() throws Exception {
        LoadedTable table = read(corpus("latin1.csv"));
        assertThat(table.rowsLoaded()).isEqualTo(3);
        assertThat(table.dialect())
                .containsEntry("encoding", "windows-1252")
                .containsEntry("rows_decoded_from_windows-1252", 2L);
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE b = 'café'"))
                .isEqualTo(1);
    }

    @Test
    void windows1252PunctuationBecomesTheCharactersTheExportMeant() throws Exception {
        Path file = dir.resolve("prices.csv");
        // 0x80 is the euro sign, 0x93/0x94 curly quotes and 0x96 an en dash in Windows-1252; Latin-1 has control
        // characters there.
        byte[] text =
                "id,label\n1,\u0080 5 \u0096 \u0093special\u0094\n2,plain\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, text);
        LoadedTable table = read(file);
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(table.dialect()).containsEntry("rows_decoded_from_windows-1252", 1L);
        assertThat(engine.query("SELECT label, _line FROM bronze.t ORDER BY _line"))
                .extracting(r -> r.get("label"), r -> r.get("_line"))
                .containsExactly(Tuple.tuple("\u20ac 5 \u2013 \u201cspecial\u201d", 2L), Tuple.tuple("plain", 3L));
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
        assertThat(engine.queryLong("SELECT count(*) FROM bronze.t WHERE amount LIKE '%' || chr(13) || '%'"))
                .isZero();
        assertThat(engine.queryLong("SELECT _line FROM bronze.t WHERE id = '1500'"))
                .isEqualTo(1501);
        assertThat(engine.queryLong("SELECT sum(CAST(amount AS BIGINT)) FROM bronze.t"))
                .isEqualTo(3000L * 3001);
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

    @Test
    void aFileTheSnifferRefusesIsNamedByTheSpecPath() throws Exception {
        assertThatThrownBy(() -> read(corpus("empty.csv"), "crm/empty.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("crm/empty.csv line 1: the file is empty;");
        assertThatThrownBy(() -> read(corpus("duplicate-header.csv"), "crm/duplicate-header.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("crm/duplicate-header.csv line 1: column ");
    }

    @Test
    void anUnterminatedQuoteInAWindows1252FileNamesTheSpecPathAndLine() throws Exception {
        Path file = dir.resolve("x.csv");
        Files.write(file, "id,name\n1,caf\u00e9\n2,\"open\n3,x\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(file, "crm/x.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("crm/x.csv line 3: unterminated quote (the field runs to the end of the file);"
                        + " close the quote in the file or set quote: none for this source");
    }

    @Test
    void readLineByLineAQuotedFieldGoesOnOverLinesWithItsEscapedQuotesAndEachRecordKeepsItsFirstLine()
            throws Exception {
        Path file = dir.resolve("notes.csv");
        // Windows-1252 (the é), so the file is read line by line; the quote pair "" of line 3 is split by nothing, that
        // of lines 4-5 ends one line and its field goes on, and line 7 has text after a closing quote.
        Files.write(
                file,
                ("id,note\n1,caf\u00e9\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines \"\"q\"\"\"\n4,plain\n5,\"a\"b\n6,\"\"\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        read(file, "crm/notes.csv");

        assertThat(engine.query("SELECT _line, id, note FROM bronze.t ORDER BY _line").stream()
                        .map(row -> row.get("_line") + "|" + row.get("id") + "|" + row.get("note"))
                        .toList())
                .containsExactly(
                        "2|1|caf\u00e9",
                        "3|2|say \"hi\"",
                        "4|3|two\nlines \"q\"",
                        "6|4|plain",
                        "8|6|null"); // an empty field is null, as from a file the engine reads whole
        assertThat(engine.query("SELECT _line, reason, raw FROM bronze.t_rejected").stream()
                        .map(row -> row.get("_line") + "|" + row.get("reason") + "|" + row.get("raw"))
                        .toList())
                .containsExactly("7|text after the closing quote in field 2|5,\"a\"b");
    }

    @Test
    void aLostClosingQuoteIsRefusedOnceItsFieldRunsOverTheLimitNotAtTheEndOfAHugeFile() throws Exception {
        Path file = dir.resolve("lost-quote.csv");
        String line = "9,filler text of a sales line that would be read as part of the quoted field\n";
        long lines = LineByLineCsvLoader.MAX_OPEN_RECORD / line.length() + 2;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            out.write("id,name\n1,caf\u00e9\n2,\"open\n");
            for (long i = 0; i < lines; i++) {
                out.write(line);
            }
        }

        // Before the split carried its state from line to line, this took time in the square of the field's length.
        assertThatThrownBy(() -> read(file, "crm/lost-quote.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(
                        "crm/lost-quote.csv line 3: unterminated quote (the quoted field runs on past" + " line ")
                .hasMessageEndingWith(", over 16 MB); close the quote in the file or set quote: none for this source");
    }

    @Test
    void aCarriageReturnFileWithAnUnterminatedQuoteNamesTheSpecPathNotACopy() throws Exception {
        Path file = dir.resolve("y.csv");
        Files.writeString(file, "id,name\r\n1,a\r,b\n2,\"open\r\n3,x\r\n");
        assertThatThrownBy(() -> read(file, "crm/y.csv"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith("crm/y.csv line 3: unterminated quote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16TextWithItsByteOrderMark(String byteOrder) throws IOException {
        Charset charset = Charset.forName(byteOrder);
        byte[] bom = byteOrder.endsWith("LE")
                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] body = "order_id,customer,amount\r\n1001,Zoë,12.50\r\n1002,Łukasz,7.25\r\n".getBytes(charset);
        byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = Files.write(dir.resolve("unicode.csv"), bytes);

        LoadedTable table = read(file);

        assertThat(table.columns()).contains("order_id", "customer", "amount");
        assertThat(table.rowsLoaded()).isEqualTo(2);
        assertThat(engine.query("SELECT customer, amount FROM bronze.t ORDER BY _line"))
                .extracting(row -> row.get("customer") + " " + row.get("amount"))
                .containsExactly("Zoë 12.50", "Łukasz 7.25");
    }

    @Test
    void aUtf16FileWithOnlyItsByteOrderMarkIsEmpty() throws IOException {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE});

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("empty.csv line 1: the file is empty; export it again with a header line and data rows");
    }

    @Test
    void lineEndsOfACarriageReturnAloneAreNamedWithTheFix() throws IOException {
        Path file = Files.writeString(dir.resolve("mac.csv"), "order_id,amount\r1001,12.50\r1002,7.25\r");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "mac.csv line 1: lines end in a carriage return alone (an old Mac export), which no CSV reader"
                                + " here splits; save the file with LF or CR LF line ends (for example: tr '\\r' '\\n' < in.csv > out.csv)");
    }
}
