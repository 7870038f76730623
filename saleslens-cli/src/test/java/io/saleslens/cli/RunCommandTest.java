package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}: every line of a source accounted for, blank ones included; {@code --fail-on-alert}: exit 3 when an alert
 * of the severity or above holds, the run published all the same.
 */
class RunCommandTest {
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    // The sample's revenue is above zero and below a trillion: the first alert always holds, the second never.
    private static final String ALERTS = """

            alerts:
              - name: any-revenue
                severity: critical
                owner: sales
                threshold: { metric: totals.revenue, op: ">", value: 0 }
              - name: huge-revenue
                severity: info
                owner: sales
                threshold: { metric: totals.revenue, op: ">", value: 1000000000000 }
            """;

    @TempDir
    Path dir;

    /** Finding: 20 blank lines in a source were skipped and reported nowhere. */
    @Test
    void blankLinesOfASourceAreCountedInTheManifestQualityAndSummary() throws IOException {
        Path data = dir.resolve("data");
        copy(SAMPLE, data);
        Path sales = data.resolve("source_crm").resolve("sales_details.csv");
        String[] lines = Files.readString(sales, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder withBlanks = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            withBlanks.append(lines[i]);
            if (i < lines.length - 1) {
                withBlanks.append('\n');
            }
            // Twenty blank lines in the middle of the file, CR LF like the file's own lines.
            if (i > 0 && i % 3000 == 0 && i <= 60_000) {
                withBlanks.append("\r\n");
            }
        }
        Files.writeString(sales, withBlanks, StandardCharsets.UTF_8);
        long physicalLines;
        try (Stream<String> read = Files.lines(sales)) {
            physicalLines = read.count();
        }
        Result result =
                execute("run", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode).as(result.err).isZero();
        assertThat(result.out).contains("sales_details: 60,398 rows in").contains("; 20 blank lines skipped");
        JsonNode manifest =
                new ObjectMapper().readTree(runFolder().resolve("manifest.json").toFile());
        JsonNode accounting = manifest.path("row_accounting").path("sales_details");
        assertThat(accounting.path("blank_lines").asLong()).isEqualTo(20);
        assertThat(1
                        + accounting.path("rows_in").asLong()
                        + accounting.path("blank_lines").asLong())
                .isEqualTo(physicalLines)
                .isEqualTo(60_419);
        JsonNode quality =
                new ObjectMapper().readTree(runFolder().resolve("quality.json").toFile());
        assertThat(quality.path("row_accounting")
                        .path("sales_details")
                        .path("blank_lines")
                        .asLong())
                .isEqualTo(20);
        assertThat(quality.path("summary").path("blank_lines").asLong()).isEqualTo(20);
        String report = Files.readString(runFolder().resolve("reports").resolve("data-engineering.md"));
        assertThat(report)
                .contains("| Repaired | Blank lines |")
                .containsPattern("\\| sales\\\\_details \\| 60,398 \\| .* \\| 20 \\|\\n");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    @Test
    void aCriticalAlertThatHoldsExitsThreeAndTheRunIsPublished() throws IOException {
        Path spec = spec();
        Result result = execute(
                "run",
                SAMPLE.toString(),
                "--spec",
                spec.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--fail-on-alert",
                "critical");
        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.err).contains("saleslens: 1 alert(s) of severity critical or above hold: any-revenue");
        assertThat(result.out)
                .containsPattern("Alerts     \\d+ hold: any-revenue \\(critical, fired\\)")
                .containsPattern("; \\d+ new, worse or cleared; see alerts.json");
        JsonNode alerts =
                new ObjectMapper().readTree(runFolder().resolve("alerts.json").toFile());
        assertThat(alerts.path("alerts").get(0).path("name").asText()).isEqualTo("any-revenue");
        assertThat(alerts.path("alerts").get(0).path("state").asText()).isEqualTo("fired");
        assertThat(alerts.path("alerts").get(1).path("state").asText()).isEqualTo("ok");
        assertThat(runFolder().resolve("manifest.json")).content().contains("\"status\" : \"succeeded\"");

        // The same data again: the alert is ongoing, not sent, and still holds, so the run still exits 3.
        Result again = execute(
                "run",
                SAMPLE.toString(),
                "--spec",
                spec.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--fail-on-alert",
                "warn");
        assertThat(again.exitCode).isEqualTo(3);
        assertThat(again.out).containsPattern("any-revenue \\(critical, ongoing\\)");
    }

    @Test
    void withoutTheOptionOrBelowItsSeverityTheRunSucceeds() throws IOException {
        Result result = execute(
                "run",
                SAMPLE.toString(),
                "--spec",
                spec().toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(result.exitCode).isZero();
        assertThat(result.out).contains("any-revenue (critical, fired)");
    }

    @Test
    void jsonPrintsTheSummaryForScripts() throws IOException {
        Result result = execute(
                "run",
                SAMPLE.toString(),
                "--spec",
                spec().toString(),
                "--out",
                dir.resolve("out").toString(),
                "--json");
        assertThat(result.exitCode).isZero();
        JsonNode summary = new ObjectMapper().readTree(result.out);
        JsonNode metrics =
                new ObjectMapper().readTree(runFolder().resolve("metrics.json").toFile());
        JsonNode quality =
                new ObjectMapper().readTree(runFolder().resolve("quality.json").toFile());
        JsonNode manifest =
                new ObjectMapper().readTree(runFolder().resolve("manifest.json").toFile());
        assertThat(summary.path("run_id").asText())
                .isEqualTo(manifest.path("run_id").asText());
        assertThat(runFolder().getFileName().toString())
                .isEqualTo(summary.path("run_id").asText().replace("#", ""));
        assertThat(summary.path("status").asText()).isEqualTo("succeeded");
        assertThat(summary.path("spec").asText()).isEqualTo("crm-erp");
        assertThat(summary.path("spec_origin").asText()).contains("crm-erp.yaml");
        assertThat(summary.path("paths").path("run_folder").asText())
                .isEqualTo(runFolder().toString());
        assertThat(summary.path("paths").path("index").asText())
                .startsWith("file:/")
                .endsWith("/reports/index.html");
        assertThat(summary.path("figures").path("revenue"))
                .isEqualTo(metrics.path("totals").path("revenue"));
        assertThat(summary.path("figures").path("orders"))
                .isEqualTo(metrics.path("totals").path("orders"));
        assertThat(summary.path("figures").path("quality_score"))
                .isEqualTo(quality.path("score").path("overall"));
        assertThat(summary.path("sources")).hasSize(6);
        assertThat(summary.path("sources").get(0).path("rows_in").asLong())
                .isEqualTo(quality.path("row_accounting")
                        .path("cust_info")
                        .path("rows_in")
                        .asLong());
        assertThat(summary.path("alerts").path("holding").toString()).contains("any-revenue");
        // The first run: the alert fired, so it is one to send.
        assertThat(summary.path("alerts").path("to_send").toString()).contains("any-revenue");
    }

    @Test
    void anAlertOnAFigureTheCatalogueDoesNotHaveNamesTheSpecFileAndLine() throws IOException {
        Path spec = spec();
        Files.writeString(
                spec,
                Files.readString(spec)
                        .replace(
                                "metric: totals.revenue, op: \">\", value: 0",
                                "metric: totals.turnover, op: \">\", value: 0"));
        List<String> lines = Files.readAllLines(spec);
        int line = lines.indexOf("  - name: any-revenue") + 1;
        Result result = execute(
                "run",
                SAMPLE.toString(),
                "--spec",
                spec.toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines())
                .containsExactly("saleslens: " + spec + " line " + line + " (alerts[0].name): alert 'any-revenue':"
                        + " 'totals.turnover' is not a key of the metric catalogue; docs/metrics.md lists"
                        + " them (such as totals.revenue or countries[country].revenue)");
    }

    @Test
    void anUnknownSeverityIsAUserError() throws IOException {
        Result result = execute(
                "run",
                SAMPLE.toString(),
                "--spec",
                spec().toString(),
                "--out",
                dir.resolve("out").toString(),
                "--fail-on-alert",
                "urgent");
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("unknown alert severity 'urgent' (use info, warn, critical)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** The crm-erp preset with the two alerts, in a spec file whose paths point at the sample. */
    private Path spec() throws IOException {
        String preset;
        try (InputStream in = Presets.class.getResourceAsStream("presets/crm-erp.yaml")) {
            preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path spec = dir.resolve("crm-erp.yaml");
        Files.writeString(spec, preset + ALERTS);
        return spec;
    }

    private Path runFolder() throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("out").resolve("runs"))) {
            return runs.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aSecondRunOnTheSameFilesReusesTheStateItWasGivenAndSaysSo() throws IOException {
        Path out = dir.resolve("out");
        Path state = out.resolve("state");

        Result plain = execute("run", SAMPLE.toString(), "--out", out.toString());
        assertThat(plain.exitCode).as(plain.err).isZero();
        // The sample names its files one by one (no glob): no state unless asked for.
        assertThat(plain.out).doesNotContain("Refresh");
        assertThat(state).doesNotExist();

        Result first = execute("run", SAMPLE.toString(), "--out", out.toString(), "--state", state.toString());
        Result second = execute("run", SAMPLE.toString(), "--out", out.toString(), "--state", state.toString());
        Result without = execute("run", SAMPLE.toString(), "--out", out.toString(), "--no-state");

        assertThat(first.exitCode).as(first.err).isZero();
        assertThat(first.out).contains("Refresh    full run (no state yet in " + state + "): 6 files read\n");
        assertThat(second.out).contains("Refresh    refresh: 0 new or changed files read, 6 unchanged files reused\n");
        assertThat(state.resolve("bronze.duckdb")).isRegularFile();
        assertThat(without.out).doesNotContain("Refresh");
        assertThat(execute("run", SAMPLE.toString(), "--out", out.toString(), "--no-state", "--state", "x").err)
                .contains("--state and --no-state contradict each other; give one of them");
    }

    /**
     * Finding: under a 2MB limit the run failed naming a temporary copy of a source as a file that "cannot be read as
     * CSV"; under 8MB and 32MB it failed as an internal engine error, exit 1.
     */
    @Test
    void aMemoryLimitTooSmallForTheRunIsAUserErrorThatSaysToRaiseIt() throws IOException {
        for (String limit : List.of("2MB", "8MB")) {
            Path out = dir.resolve("out-" + limit);
            Result result = execute("run", SAMPLE.toString(), "--out", out.toString(), "--memory-limit", limit);
            assertThat(result.exitCode).as(limit).isEqualTo(2);
            // Above the failure, the stages that finished print their progress lines.
            List<String> failure =
                    result.err.lines().filter(line -> !line.startsWith("  ")).toList();
            assertThat(failure).as(limit).hasSize(1);
            assertThat(failure.get(0))
                    .as(limit)
                    .startsWith("saleslens: DuckDB ran out of memory within its limit")
                    .contains("give a larger --memory-limit")
                    .doesNotContain(System.getProperty("java.io.tmpdir") + "/saleslens-")
                    .doesNotContain("cannot be read as CSV");
        }
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesLensCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {}
}
