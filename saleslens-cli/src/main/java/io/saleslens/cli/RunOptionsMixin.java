package io.saleslens.cli;

import io.saleslens.engine.Engine;
import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.infer.DatasetInferrer;
import io.saleslens.infer.InferredDataset;
import io.saleslens.infer.SpecYamlWriter;
import io.saleslens.insight.InsightRanking;
import io.saleslens.report.DepartmentProfiles;
import io.saleslens.run.ReportOptions;
import io.saleslens.run.RunOptions;
import io.saleslens.spec.DedupePolicy;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecChoice;
import io.saleslens.spec.SpecLocations;
import io.saleslens.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every running command shares: where to write, which spec, how to de-duplicate, which reports. */
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

    @Option(names = "--departments", split = ",", paramLabel = "NAME[,NAME...]",
            description = "Write only these departments' reports (default: all; shipped: sales, marketing, finance, product, operations,"
                    + " executive, data-engineering).")
    List<String> departments = new ArrayList<>();

    @Option(names = "--profiles", paramLabel = "DIR", description = "A folder of <department>.yaml profiles that add departments or replace shipped ones.")
    Path profiles;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Extra report formats besides Markdown and HTML: pdf.")
    List<String> formats = new ArrayList<>();

    /** The report options, with the profiles loaded once here so a bad profile or name fails before the run starts. */
    ReportOptions reportOptions() {
        for (String format : formats) {
            if (!format.trim().equalsIgnoreCase("pdf")) {
                throw new SalesLensException(ErrorCode.OPTION_INVALID,
                        "--format: unknown format '" + format.trim() + "'; Markdown and HTML are always written, add pdf for PDF");
            }
        }
        ReportOptions options = new ReportOptions(departments, Optional.ofNullable(profiles), !formats.isEmpty());
        new DepartmentProfiles(InsightRanking.standard().types()).load(options.profilesDir(), options.departments());
        return options;
    }

    /** Everything a run on {@code dataDir} needs from the command line: spec, output, engine and reports. */
    RunOptions runOptions(Path dataDir, java.io.PrintWriter err) {
        SpecChoice choice = resolveSpec(dataDir, err);
        return new RunOptions(choice.spec(), dataDir, out, memoryLimit, reportOptions(), engine, master, choice.origin(),
                choice.locations());
    }

    /** The engine the options name, as a run opens it: with the memory limit and master given, traced when the trace is on. */
    Engine openEngine(Path spillDirectory) {
        return Engines.open(engine, new EngineSettings(spillDirectory, memoryLimit, master));
    }

    /**
     * The spec to run with and where it came from: --spec, else --preset, else the folder's saleslens.yaml, else the
     * preset that recognises the folder (by its files or its headers), else one inferred from the files (its mapping
     * printed on {@code err}).
     */
    SpecChoice resolveSpec(Path dataDir, java.io.PrintWriter err) {
        if (spec != null && preset != null) {
            throw new SalesLensException(ErrorCode.OPTION_INVALID, "give either --spec or --preset, not both");
        }
        SpecChoice resolved;
        if (spec != null) {
            resolved = new SpecChoice(SpecLoader.load(spec), "--spec " + spec, SpecLoader.locate(spec));
        } else if (preset != null) {
            resolved = Presets.forced(preset, dataDir);
        } else {
            if (!Files.isDirectory(dataDir)) {
                throw new SalesLensException(ErrorCode.DATA_FOLDER_NOT_FOUND,
                        dataDir + ": data folder not found; give the folder that holds the source files");
            }
            Path folderSpec = dataDir.resolve(InitCommand.SPEC_FILE);
            if (Files.isRegularFile(folderSpec)) {
                resolved = new SpecChoice(SpecLoader.load(folderSpec), folderSpec + " (the folder's own spec)", SpecLoader.locate(folderSpec));
            } else {
                resolved = Presets.recognise(dataDir).orElseGet(() -> {
                    InferredDataset inferred = DatasetInferrer.inferOnNewEngine(dataDir, this::openEngine);
                    InitCommand.printMapping(inferred, err);
                    String yaml = SpecYamlWriter.write(inferred);
                    String origin = "spec inferred from " + dataDir;
                    return new SpecChoice(SpecLoader.parse(yaml, origin), "inferred from the files (write it out with saleslens init)",
                            SpecLocations.of(yaml, origin));
                });
            }
        }
        if (dedupe != null) {
            try {
                resolved = resolved.withSpec(resolved.spec().withDedupe(DedupePolicy.parse(dedupe)));
            } catch (IllegalArgumentException e) {
                throw new SalesLensException(ErrorCode.OPTION_INVALID, "--dedupe: " + e.getMessage());
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
