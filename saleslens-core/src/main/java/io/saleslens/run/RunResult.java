package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.RefreshOutcome;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RunId;
import java.nio.file.Path;
import java.util.List;

/** A published run: where it is and the figures a summary shows. */
public record RunResult(
        RunId runId,
        Path runDir,
        JsonNode metrics,
        JsonNode quality,
        List<RowAccounting> rowAccounting,
        RefreshOutcome refresh) {

    public RunResult {
        requireNonNull(runId, "runId is null");
        requireNonNull(runDir, "runDir is null");
        rowAccounting = List.copyOf(rowAccounting);
        refresh = refresh == null ? RefreshOutcome.OFF : refresh;
    }

    public RunResult(RunId runId, Path runDir, JsonNode metrics, JsonNode quality, List<RowAccounting> rowAccounting) {
        this(runId, runDir, metrics, quality, rowAccounting, RefreshOutcome.OFF);
    }
}
