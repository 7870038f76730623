package io.saleslens.spec.presets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.stage.RowAccounting;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the whole pipeline over a fixture folder with the preset recognised from the headers of its one file. */
final class PresetRun {
    final DatasetSpec spec;
    final RunResult result;
    final JsonNode manifest;

    private PresetRun(DatasetSpec spec, RunResult result, JsonNode manifest) {
        this.spec = spec;
        this.result = result;
        this.manifest = manifest;
    }

    /** Fails when no preset, or another one than expected, recognises the folder. */
    static PresetRun of(Path dataDir, String presetName, Path out) throws IOException {
        DatasetSpec spec = Presets.detect(dataDir)
                .orElseThrow(() -> new AssertionError("no preset recognised " + dataDir + " from its headers"));
        if (!spec.name().equals(presetName)) {
            throw new AssertionError("the folder was recognised as " + spec.name() + ", not " + presetName);
        }
        return run(spec, dataDir, out);
    }

    /** Runs a given spec, such as a preset with a time zone added. */
    static PresetRun of(DatasetSpec spec, Path dataDir, Path out) throws IOException {
        return run(spec, dataDir, out);
    }

    private static PresetRun run(DatasetSpec spec, Path dataDir, Path out) throws IOException {
        RunResult result = SalesLens.run(new RunOptions(spec, dataDir, out, null), ProgressListener.SILENT);
        JsonNode manifest = new ObjectMapper()
                .readTree(result.runDir().resolve("manifest.json").toFile());
        return new PresetRun(spec, result, manifest);
    }

    /** The same spec with a dataset time zone. */
    static DatasetSpec inZone(DatasetSpec spec, String timezone) {
        return new DatasetSpec(
                spec.name(),
                spec.detect(),
                spec.sources(),
                spec.entities(),
                spec.segments(),
                spec.checks(),
                spec.currency(),
                timezone,
                spec.pipeline(),
                spec.detectHeaders(),
                spec.targets(),
                spec.alerts(),
                spec.notifications(),
                spec.audiences(),
                spec.campaigns());
    }

    JsonNode totals() {
        return result.metrics().path("totals");
    }

    BigDecimal revenue() {
        return cents(totals().path("revenue").asDouble());
    }

    RowAccounting accounting(String source) {
        return result.rowAccounting().stream()
                .filter(a -> a.source().equals(source))
                .findFirst()
                .orElseThrow();
    }

    /** The row accounting of a source as the manifest publishes it, with the lines the spec's filter left out. */
    JsonNode publishedAccounting(String source) {
        return manifest.path("row_accounting").path(source);
    }

    /** Revenue per segment label of the headline attribute. */
    Map<String, BigDecimal> revenueBySegment() {
        var bySegment = new LinkedHashMap<String, BigDecimal>();
        for (JsonNode row : result.metrics().path("segments").path("rows")) {
            bySegment.put(row.path("label").asText(), cents(row.path("revenue").asDouble()));
        }
        return bySegment;
    }

    /** Revenue per month (yyyy-MM) of the monthly series. */
    Map<String, BigDecimal> revenueByMonth() {
        var byMonth = new LinkedHashMap<String, BigDecimal>();
        for (JsonNode row : result.metrics().path("monthly")) {
            byMonth.put(row.path("month").asText(), cents(row.path("revenue").asDouble()));
        }
        return byMonth;
    }

    static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
