package io.saleslens.infer;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.SpecLoader;
import java.nio.file.Path;

/** Infers a spec for a folder, writes it as YAML, reads it back and runs the standard pipeline with it. */
final class InferredRun {
    final InferredDataset inferred;
    final String yaml;
    final RunResult result;

    private InferredRun(InferredDataset inferred, String yaml, RunResult result) {
        this.inferred = inferred;
        this.yaml = yaml;
        this.result = result;
    }

    static InferredDataset infer(Path dataDir, Path work) {
        try (DuckDbEngine engine = new DuckDbEngine(work.resolve("infer-spill"), null)) {
            return new DatasetInferrer(engine).infer(dataDir);
        }
    }

    static InferredRun of(Path dataDir, Path out) {
        InferredDataset inferred = infer(dataDir, out);
        String yaml = SpecYamlWriter.write(inferred);
        var spec = SpecLoader.parse(yaml, "inferred spec");
        RunResult result = SalesLens.run(new RunOptions(spec, dataDir, out, null), ProgressListener.SILENT);
        return new InferredRun(inferred, yaml, result);
    }

    JsonNode metrics() {
        return result.metrics();
    }
}
