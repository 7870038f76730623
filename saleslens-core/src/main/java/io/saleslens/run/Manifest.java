package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.FileLines;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.RefreshOutcome;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RunId;
import io.saleslens.stage.StageTiming;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The record of one run: identity, inputs, stages, row accounting and outcome; written as manifest.json. */
final class Manifest {
    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final RunId runId;
    private final DatasetSpec spec;
    private final List<InputFile> inputs;
    private final LocalDateTime startedAt;
    private final List<StageTiming> stages = new ArrayList<>();
    private final List<StageWarning> warnings = new ArrayList<>();
    private List<RowAccounting> rowAccounting = List.of();
    private Map<String, List<FileLines>> fileLines = Map.of();
    private RefreshOutcome refresh;
    private String specOrigin;
    private LocalDateTime finishedAt;
    private String status = "running";
    private String error;
    private ErrorCode errorCode;
    private String folder;

    Manifest(RunId runId, DatasetSpec spec, List<InputFile> inputs, LocalDateTime startedAt) {
        this.runId = runId;
        this.spec = spec;
        this.inputs = List.copyOf(inputs);
        this.startedAt = startedAt;
    }

    void addStage(StageTiming timing) {
        stages.add(timing);
    }

    void addWarning(String stage, String message) {
        warnings.add(new StageWarning(stage, message));
    }

    void setSpecOrigin(String origin) {
        this.specOrigin = origin;
    }

    /** The run folder's name under runs/, which differs from the run id when another run had the same id. */
    void setFolder(String folder) {
        this.folder = folder;
    }

    void setRowAccounting(List<RowAccounting> accounting) {
        this.rowAccounting = List.copyOf(accounting);
    }

    /** The lines of every file of every source, shown under the source's row accounting. */
    void setFileLines(Map<String, List<FileLines>> lines) {
        this.fileLines = Map.copyOf(lines);
    }

    void setRefresh(RefreshOutcome outcome) {
        this.refresh = outcome;
    }

    void succeed(LocalDateTime at) {
        finishedAt = at;
        status = "succeeded";
    }

    void fail(LocalDateTime at, Exception cause) {
        finishedAt = at;
        status = "failed";
        error = cause.getMessage();
        // A failure without a code is a defect: schedulers read INTERNAL as "report it", not "fix the input".
        errorCode = cause instanceof SalesLensException known ? known.code() : ErrorCode.INTERNAL;
    }

    ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", runId.toString());
        root.put("folder", folder);
        root.put("status", status);
        root.put("started_at", startedAt.withNano(0).toString());
        root.put(
                "finished_at",
                finishedAt == null ? null : finishedAt.withNano(0).toString());
        if (error != null) {
            root.put("error", error);
        }
        if (errorCode != null) {
            root.put("error_code", errorCode.name());
        }
        root.put("spec_name", spec.name());
        root.put("spec_origin", specOrigin);
        root.set("spec", JSON.valueToTree(spec));
        root.set("inputs", JSON.valueToTree(inputs));
        root.set("stages", JSON.valueToTree(stages));
        if (!warnings.isEmpty()) {
            root.set("warnings", JSON.valueToTree(warnings));
        }
        ObjectNode accounting = root.putObject("row_accounting");
        for (RowAccounting row : rowAccounting) {
            ObjectNode node = JSON.valueToTree(row);
            node.remove("source");
            node.put("balanced", row.balanced());
            ArrayNode files = node.putArray("files");
            for (FileLines lines : fileLines.getOrDefault(row.source(), List.of())) {
                files.addObject()
                        .put("path", lines.path())
                        .put("header_lines", lines.headerLines())
                        .put("rows_loaded", lines.rowsLoaded())
                        .put("rows_rejected", lines.rowsRejected())
                        .put("blank_lines", lines.blankLines())
                        .put("lines", lines.lines());
            }
            accounting.set(row.source(), node);
        }
        if (refresh != null) {
            root.set("refresh", JSON.valueToTree(refresh));
        }
        ObjectNode versions = root.putObject("versions");
        versions.put("saleslens", Version.current());
        versions.put("java", System.getProperty("java.version"));
        return root;
    }

    /**
     * One line of the output folder's history: when, which run, the outcome, whether it was a full run or a
     * validation (which measures nothing), and the headline figures of a full run.
     */
    ObjectNode historyLine(JsonNode metrics) {
        ObjectNode line = JSON.createObjectNode();
        line.put("run_id", runId.toString());
        line.put("folder", folder);
        line.put("status", status);
        line.put("kind", metrics.isEmpty() ? "validation" : "run");
        line.put("spec_name", spec.name());
        if (!metrics.isEmpty()) {
            line.set("totals", metrics.path("totals"));
        }
        return line;
    }

    /** What a stage could not do without failing the run, in its words. */
    private record StageWarning(String stage, String message) {}
}
