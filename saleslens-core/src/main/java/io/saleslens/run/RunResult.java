package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RunId;
import java.nio.file.Path;
import java.util.List;

/** A published run: where it is and the figures a summary shows. */
public record RunResult(
        RunId runId, Path runDir, JsonNode metrics, JsonNode quality, List<RowAccounting> rowAccounting) {

    public RunResult {
        requireNonNull(runId, "runId is null");
        requireNonNull(runDir, "runDir is null");
        rowAccounting = List.copyOf(rowAccounting);
    }
}
