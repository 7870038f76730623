package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import io.saleslens.run.Pipeline;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source whose path is a glob reads every matching file as one source: each file is an input of the manifest with
 * its own line accounting, quarantined and repaired lines name their file and line, a file with another header and a
 * pattern without matches are refused in one line.
 */
class GlobSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DatasetSpec SPEC = Presets.load("crm-erp").withSourcePath("sales_details", DailyFiles.GLOB);

    @TempDir
    Path temp;

    @Test
    void everyLineOfEveryFileIsAccountedForInTheManifest() throws IOException {
        Path data = temp.resolve("data");
        List<Path> months = DailyFiles.copy(data);
        // A blank line in one file: accounted for in that file, not another.
        Path withBlank = months.get(2);
        Files.writeString(withBlank, Files.readString(withBlank) + "\n");

        RunResult result = ingestOnly(data);

        JsonNode manifest =
                JSON.readTree(result.runDir().resolve("manifest.json").toFile());
        JsonNode files = manifest.path("row_accounting").path("sales_details").path("files");
        assertThat(files.size()).isEqualTo(months.size());
        long rows = 0;
        for (int i = 0; i < months.size(); i++) {
            JsonNode file = files.get(i);
            String path = data.relativize(months.get(i)).toString();
            assertThat(file.path("path").asText()).isEqualTo(path);
            assertThat(file.path("lines").asLong()).as(path).isEqualTo(physicalLines(months.get(i)));
            assertThat(file.path("header_lines").asLong()).isEqualTo(1);
            assertThat(file.path("blank_lines").asLong()).isEqualTo(i == 2 ? 1 : 0);
            rows += file.path("rows_loaded").asLong()
                    + file.path("rows_rejected").asLong();
        }
        assertThat(manifest.path("row_accounting")
                        .path("sales_details")
                        .path("rows_in")
                        .asLong())
                .isEqualTo(rows)
                .isEqualTo(60_398);
        List<String> inputs = new ArrayList<>();
        manifest.path("inputs").forEach(input -> {
            if (input.path("source").asText().equals("sales_details")) {
                inputs.add(input.path("path").asText());
            }
        });
        assertThat(inputs)
                .containsExactlyElementsOf(
                        months.stream().map(m -> data.relativize(m).toString()).toList());
    }

    @Test
    void repairedAndQuarantinedLinesNameTheirFileAndItsOwnLine() throws IOException {
        Path data = temp.resolve("data");
        DailyFiles.copy(data);

        RunResult result = SalesLens.run(
                new RunOptions(SPEC, data, temp.resolve("out"), null), List.of(), ProgressListener.SILENT);

        List<String> repairs = Files.readAllLines(result.runDir().resolve("repairs.csv"), StandardCharsets.UTF_8);
        assertThat(repairs.get(0)).isEqualTo("source,line,key,column,old_value,new_value,rule,file");
        Map<String, List<String>> cache = new HashMap<>();
        int checked = 0;
        for (String row : repairs.subList(1, repairs.size())) {
            String[] cells = row.split(",", -1);
            if (!cells[0].equals("sales")) {
                continue;
            }
            String file = cells[cells.length - 1];
            assertThat(file).startsWith("source_crm/sales/");
            List<String> lines = cache.computeIfAbsent(file, f -> read(data.resolve(f)));
            String line = lines.get(Integer.parseInt(cells[1]) - 1);
            assertThat(line).as(row).startsWith(cells[2] + ",");
            checked++;
        }
        assertThat(checked).as("repaired sales lines").isGreaterThan(10);
        JsonNode quality = JSON.readTree(result.runDir().resolve("quality.json").toFile());
        JsonNode samples =
                quality.path("cleaning").path("sale").path("invalid_samples").path("order_date");
        assertThat(samples.size()).as("invalid order dates sampled").isPositive();
        for (JsonNode sample : samples) {
            List<String> lines = cache.computeIfAbsent(sample.path("file").asText(), f -> read(data.resolve(f)));
            assertThat(lines.get(sample.path("line").asInt() - 1).split(",", -1)[3])
                    .as(sample.toString())
                    .isEqualTo(sample.path("value").asText());
        }
        Path quarantine = result.runDir().resolve("quarantine").resolve("sales_details.csv");
        if (Files.exists(quarantine)) {
            List<String> rows = Files.readAllLines(quarantine, StandardCharsets.UTF_8);
            assertThat(rows.get(0)).startsWith("file,line,key,reason");
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",", -1);
                List<String> lines = cache.computeIfAbsent(cells[0], f -> read(data.resolve(f)));
                assertThat(Integer.parseInt(cells[1])).isBetween(2, lines.size());
            }
        }
    }

    @Test
    void aFileWhoseHeaderDiffersIsRefusedNamingTheFileAndTheColumn() throws IOException {
        Path data = temp.resolve("data");
        List<Path> months = DailyFiles.copy(data);
        Path odd = months.get(3);
        List<String> lines = Files.readAllLines(odd, StandardCharsets.UTF_8);
        lines.set(0, lines.get(0).replace("sls_quantity", "sls_qty"));
        Files.write(odd, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ingestOnly(data))
                .isInstanceOfSatisfying(
                        SalesLensException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_ERROR))
                .hasMessage(data.relativize(odd) + " line 1: the header has column 'sls_qty' where "
                        + data.relativize(months.get(0)) + " has 'sls_quantity' (column 8); every file of source"
                        + " 'sales_details' (source_crm/sales/*.csv) needs the same columns as "
                        + data.relativize(months.get(0)) + "; fix the file or move it out of the pattern");
    }

    @Test
    void aPatternThatMatchesNothingIsRefusedNamingIt() throws IOException {
        Path data = temp.resolve("data");
        DailyFiles.copy(data);
        DatasetSpec spec = Presets.load("crm-erp").withSourcePath("sales_details", "source_crm/exports/*.csv");

        assertThatThrownBy(() -> new Pipeline(List.of(new IngestStage()), spill -> new DuckDbEngine(spill, null))
                        .run(new RunOptions(spec, data, temp.resolve("out"), null), ProgressListener.SILENT))
                .isInstanceOfSatisfying(
                        SalesLensException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_ERROR))
                .hasMessage(data.resolve("source_crm/exports/*.csv")
                        + ": no file matches the path of source 'sales_details'; add the files or change its path in"
                        + " the spec");
    }

    private RunResult ingestOnly(Path data) {
        return new Pipeline(List.of(new IngestStage()), spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(SPEC, data, temp.resolve("out"), null), ProgressListener.SILENT);
    }

    /** The file's lines as a text editor counts them: a final line break ends the last line, it starts none. */
    private static long physicalLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
