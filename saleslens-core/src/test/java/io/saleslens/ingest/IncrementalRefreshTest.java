package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with state reads only the files that are new or changed, and its metrics.json and quality.json equal, value by
 * value, those of a run without state on the same files: after a new file, a changed file and a deleted file. A state
 * that cannot serve the run (another spec, another version, a damaged database) gives a full run that says why.
 */
class IncrementalRefreshTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The values that belong to one run and would differ between any two runs on the same files: none. The run id,
     * start and end times, stage durations, folders and input paths are in manifest.json; metrics.json and
     * quality.json hold none of them, so every value of both is compared.
     */
    static final List<Pattern> RUN_SPECIFIC = List.of();

    private static final DatasetSpec SPEC = Presets.load("crm-erp").withSourcePath("sales_details", DailyFiles.GLOB);

    @TempDir
    Path temp;

    @Test
    void aRefreshAfterANewAChangedAndADeletedFileEqualsAFullRun() throws IOException {
        Path data = temp.resolve("data");
        List<Path> months = DailyFiles.copy(data);
        Path last = months.get(months.size() - 1);
        String lastContent = Files.readString(last);
        Files.delete(last);
        Path out = temp.resolve("out");

        RunResult first = run(data, out, true);
        assertThat(first.refresh().mode()).isEqualTo("full");
        assertThat(first.refresh().reason()).startsWith("no state yet");
        assertThat(first.refresh().filesRead()).isEqualTo(months.size() - 1 + 5);

        Files.writeString(last, lastContent);
        RunResult added = run(data, out, true);
        assertThat(added.refresh().mode()).isEqualTo("refresh");
        assertThat(added.refresh().filesRead()).isEqualTo(1);
        assertThat(added.refresh().filesReused()).isEqualTo(months.size() - 1 + 5);
        assertSameFigures(added, run(data, temp.resolve("full-added"), false));

        Path changed = months.get(months.size() / 2);
        List<String> lines = Files.readAllLines(changed, StandardCharsets.UTF_8);
        String[] fields = lines.get(1).split(",", -1);
        fields[7] = String.valueOf(Integer.parseInt(fields[7]) + 3);
        lines.set(1, String.join(",", fields));
        Files.write(changed, lines, StandardCharsets.UTF_8);
        RunResult afterChange = run(data, out, true);
        assertThat(afterChange.refresh().filesRead()).isEqualTo(1);
        assertThat(afterChange.refresh().filesDropped()).isEqualTo(1);
        assertSameFigures(afterChange, run(data, temp.resolve("full-changed"), false));

        Files.delete(months.get(1));
        RunResult afterDelete = run(data, out, true);
        assertThat(afterDelete.refresh().filesRead()).isZero();
        assertThat(afterDelete.refresh().filesDropped()).isEqualTo(1);
        assertSameFigures(afterDelete, run(data, temp.resolve("full-deleted"), false));
    }

    @Test
    void aSpecChangeAVersionChangeAndADamagedStateEachGiveAFullRunThatSaysWhy() throws Exception {
        Path data = temp.resolve("data");
        DailyFiles.copy(data);
        Path out = temp.resolve("out");
        validate(SPEC, data, out);

        RunResult otherSpec = validate(SPEC.withSourcePath("cust_info", "source_crm/cust_info.csv"), data, out);
        assertThat(otherSpec.refresh().mode()).isEqualTo("refresh");
        RunResult changedSpec =
                validate(Presets.load("crm-erp").withSourcePath("sales_details", "source_crm/sales/2*.csv"), data, out);
        assertThat(changedSpec.refresh().mode()).isEqualTo("full");
        assertThat(changedSpec.refresh().reason()).isEqualTo("the spec changed since the state was written");
        assertThat(manifest(changedSpec).path("refresh").path("reason").asText())
                .isEqualTo("the spec changed since the state was written");

        Path state = RunOptions.defaultStateDir(out).resolve(BronzeState.FILE_NAME);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + state);
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'saleslens_version'");
        }
        RunResult otherVersion =
                validate(Presets.load("crm-erp").withSourcePath("sales_details", "source_crm/sales/2*.csv"), data, out);
        assertThat(otherVersion.refresh().mode()).isEqualTo("full");
        assertThat(otherVersion.refresh().reason()).startsWith("the state was written by SalesLens 0.0.1, this is ");

        Files.write(state, "not a database at all".repeat(1000).getBytes(StandardCharsets.UTF_8));
        RunResult damaged =
                validate(Presets.load("crm-erp").withSourcePath("sales_details", "source_crm/sales/2*.csv"), data, out);
        assertThat(damaged.refresh().mode()).isEqualTo("full");
        assertThat(damaged.refresh().reason()).startsWith("the state database " + state + " cannot be read (");
        assertThat(damaged.refresh().sentence()).startsWith("full run (the state database ");

        RunResult repaired =
                validate(Presets.load("crm-erp").withSourcePath("sales_details", "source_crm/sales/2*.csv"), data, out);
        assertThat(repaired.refresh().mode()).isEqualTo("refresh");
        assertThat(repaired.refresh().filesRead()).isZero();
    }

    private static RunResult run(Path data, Path out, boolean state) {
        RunOptions options = new RunOptions(SPEC, data, out, null);
        return SalesLens.run(
                state ? options.withStateDir(RunOptions.defaultStateDir(out)) : options,
                List.of(),
                ProgressListener.SILENT);
    }

    private static RunResult validate(DatasetSpec spec, Path data, Path out) {
        RunOptions options = new RunOptions(spec, data, out, null).withStateDir(RunOptions.defaultStateDir(out));
        return SalesLens.validate(options, ProgressListener.SILENT);
    }

    private static void assertSameFigures(RunResult refreshed, RunResult full) throws IOException {
        for (String document : List.of("metrics.json", "quality.json")) {
            JsonNode expected = JSON.readTree(full.runDir().resolve(document).toFile());
            JsonNode actual = JSON.readTree(refreshed.runDir().resolve(document).toFile());
            assertThat(JsonDifferences.between(expected, actual, RUN_SPECIFIC))
                    .as(document + " of the refresh against a full run")
                    .isEmpty();
            assertThat(expected.size()).as(document + " has values").isGreaterThan(3);
        }
    }

    private static JsonNode manifest(RunResult run) throws IOException {
        return JSON.readTree(run.runDir().resolve("manifest.json").toFile());
    }
}
