package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which spec a run uses: --spec > the folder's saleslens.yaml > a preset recognised from the folder > inference. */
class SpecPrecedenceTest {
    private static final Path SAMPLE =
            Path.of("../examples/crm-erp").toAbsolutePath().normalize();
    private static final List<String> OPPORTUNITIES = List.of(
            "Opportunity ID,Account Name,Stage,Probability (%),Amount,Close Date,Created Date,Owner,Region,Industry,Product Family",
            "006A1,\"Acme, Inc.\",Closed Won,100,\"$12,500.00\",03/05/2024,01/10/2024,Ana,West,Retail,Hardware",
            "006A2,Globex,Closed Lost,0,\"$3,000.00\",03/20/2024,02/01/2024,Ben,East,Finance,Software",
            "006A3,Globex,Negotiation/Review,80,\"$40,000.00\",06/30/2024,03/15/2024,Ben,East,Finance,Software");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return SalesLensCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aCrmExportIsRunWithThePresetItsHeadersNameAndInitWritesThatPresetAsTheFolderSpec() throws IOException {
        Path data = Files.createDirectories(dir.resolve("crm"));
        Files.write(data.resolve("report1712.csv"), OPPORTUNITIES);

        assertThat(execute("run", data.toString(), "--out", dir.resolve("out").toString(), "--departments", "sales"))
                .isZero();
        assertThat(out.toString())
                .contains("Spec       preset salesforce-opportunities, recognised from the headers of report1712.csv")
                .contains("filtered by the spec");

        assertThat(execute("init", data.toString())).isZero();
        assertThat(err.toString()).contains("preset salesforce-opportunities");
        String written = Files.readString(data.resolve("saleslens.yaml"));
        assertThat(written).contains("path: \"report1712.csv\"").contains("won_stages");

        out.getBuffer().setLength(0);
        assertThat(execute("run", data.toString(), "--out", dir.resolve("out").toString(), "--departments", "sales"))
                .isZero();
        assertThat(out.toString()).contains("saleslens.yaml (the folder's own spec)");
    }

    @Test
    void aCrmErpFolderWithoutItsOrderLinesIsToldWhichFileIsMissing() throws IOException {
        Path copy = dir.resolve("data");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("sales_details.csv")) {
                    Files.copy(file, target);
                }
            }
        }
        assertThat(execute("run", copy.toString(), "--out", dir.resolve("out").toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("looks like the crm-erp layout but source_crm/sales_details.csv is missing");
    }
}
