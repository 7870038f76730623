package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.TestFolders;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path SAMPLE =
            Path.of("../examples/crm-erp").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return SalesLensCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path copyOfSample() throws IOException {
        Path copy = dir.resolve("data");
        TestFolders.copy(SAMPLE, copy);
        return copy;
    }

    @Test
    void validateListsOnlyTheOptionsItUsesAndRunListsTheReportOnes() {
        assertThat(execute("validate", "--help")).isZero();
        assertThat(out.toString())
                .contains("--spec", "--out")
                .doesNotContain("--departments", "--format", "--profiles");
        out.getBuffer().setLength(0);
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString())
                .contains("--departments=NAME[,NAME...]", "--profiles=DIR", "--fail-on-alert=SEVERITY", "--json")
                .doesNotContain("NAME[,NAME...][,");
    }

    @Test
    void theSampleFailsFailSeverityChecksAndExitsFour() {
        int code = execute(
                "validate", SAMPLE.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).as("checks failed, not an error of the run").isEqualTo(4);
        assertThat(out.toString())
                .contains("cust_info.cst_id.unique")
                .contains("sales_details.sls_order_dt.valid_date")
                .doesNotContain("px_cat_g1v2.ID.unique");
    }

    @Test
    void aCleanFolderExitsZero() throws IOException {
        Path data = copyOfSample();
        Path customers = data.resolve("source_crm/cust_info.csv");
        // Without the customer rows that have no id, the required-value check passes too.
        Files.write(
                customers,
                Files.readAllLines(customers).stream()
                        .filter(line -> !line.startsWith(","))
                        .toList());
        Path spec = dir.resolve("spec.yaml");
        String preset = new String(
                Presets.class.getResourceAsStream("presets/crm-erp.yaml").readAllBytes());
        Files.writeString(
                spec,
                preset.substring(0, preset.indexOf("\nchecks:"))
                        + "\nchecks:\n  px_cat_g1v2:\n    - { rule: unique, column: ID, severity: fail }\n");
        int code = execute(
                "validate",
                data.toString(),
                "--spec",
                spec.toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(err.toString()).doesNotContain("saleslens:");
        assertThat(code).isEqualTo(0);
    }

    @Test
    void aBinaryFileIsOneLineOnStderrWithExitTwoAndNoRunFolderContent() throws IOException {
        Path data = copyOfSample();
        Files.write(
                data.resolve("source_erp/PX_CAT_G1V2.csv"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        int code = execute("run", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()
                        .lines()
                        .filter(l -> l.startsWith("saleslens:"))
                        .toList())
                .containsExactly(
                        "saleslens: source_erp/PX_CAT_G1V2.csv line 1: the file is a PNG image, not CSV text; export the data as CSV");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingRequiredColumnNamesTheFileAndLine() throws IOException {
        Path data = copyOfSample();
        Path sales = data.resolve("source_crm/sales_details.csv");
        String content = Files.readString(sales);
        Files.writeString(sales, content.replaceFirst("sls_ord_num", "order_no"));
        int code = execute("run", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("saleslens: source_crm/sales_details.csv line 1: column 'sls_ord_num' not found");
    }

    @Test
    void textInANumericColumnAndRaggedRowsEndInACorrectRunWithTheRowsCounted() throws IOException {
        Path data = copyOfSample();
        Path products = data.resolve("source_crm/prd_info.csv");
        Files.writeString(
                products, Files.readString(products) + "999,XX-YY-ZZ-1,Bad cost,abc,M,2013-01-01,\r\n1000,too,few\r\n");
        int code = execute("run", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("prd_info: 399 rows in, 398 clean, 1 quarantined");
    }
}
