package io.saleslens.cli;

import static io.saleslens.error.SalesLensException.userError;

import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.DedupePolicy;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every running command shares: where to write, which spec, how to de-duplicate. */
final class RunOptionsMixin {
    @Option(names = "--out", description = "Output folder; runs go to <out>/runs/<run-id> (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Option(names = "--preset", description = "A shipped spec: ${COMPLETION-CANDIDATES}.", completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--spec", description = "A dataset spec in YAML.")
    Path spec;

    @Option(names = "--dedupe", description = "Which duplicate row survives: latest (by the spec's order_by column), first or last (file order).")
    String dedupe;

    @Option(names = "--memory-limit", description = "The engine's memory limit, such as 2GB (default: the engine's own).")
    String memoryLimit;

    @Option(names = "--engine", description = "Where the rows are processed: duckdb (embedded, default) or spark.",
            defaultValue = "duckdb")
    String engine;

    @Option(names = "--master", description = "Spark's master URL with --engine spark (default: local[*]).")
    String master;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    /** The spec to run with: --spec, else --preset, else the preset that recognises the folder's files. */
    DatasetSpec resolveSpec(Path dataDir) {
        if (spec != null && preset != null) {
            throw userError("give either --spec or --preset, not both");
        }
        DatasetSpec resolved;
        if (spec != null) {
            resolved = SpecLoader.load(spec);
        } else if (preset != null) {
            resolved = Presets.load(preset);
        } else {
            if (!Files.isDirectory(dataDir)) {
                throw userError(dataDir + ": data folder not found; give the folder that holds the source files");
            }
            resolved = Presets.detect(dataDir).orElseThrow(() -> userError(dataDir
                    + ": no preset recognises these files; give --spec FILE or --preset (" + String.join(", ", Presets.names()) + ")"));
        }
        if (dedupe != null) {
            try {
                resolved = resolved.withDedupe(DedupePolicy.parse(dedupe));
            } catch (IllegalArgumentException e) {
                throw userError("--dedupe: " + e.getMessage());
            }
        }
        return resolved;
    }

    static final class PresetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Presets.names().iterator();
        }
    }
}
