package io.saleslens.cli;

import io.saleslens.SalesLens;
import io.saleslens.engine.Engine;
import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.report.DepartmentProfile;
import io.saleslens.resolve.SpecRequest;
import io.saleslens.resolve.SpecResolver;
import io.saleslens.run.RunOptions;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.DedupePolicy;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SourceSpec;
import io.saleslens.spec.SpecChoice;
import io.saleslens.stage.ReportOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every running command shares: where to write, which spec, how to de-duplicate, which reports. */
final class RunOptionsMixin {
    @Option(
            names = "--out",
            description = "Output folder; runs go to <out>/runs/<run-id> (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Option(
            names = "--history",
            paramLabel = "URL",
            description = "Record the run in this history database: jdbc:postgresql://HOST/DB (user and password from"
                    + " SALESLENS_HISTORY_USER and SALESLENS_HISTORY_PASSWORD) or jdbc:duckdb:FILE"
                    + " (default: <out>/history.duckdb).")
    String history;

    @Option(
            names = "--preset",
            description = "A shipped spec: ${COMPLETION-CANDIDATES}.",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--spec", description = "A dataset spec in YAML.")
    Path spec;

    @Option(
            names = "--dedupe",
            description =
                    "Which duplicate row survives: latest (by the spec's order_by column), first or last (file order).")
    String dedupe;

    @Option(
            names = "--memory-limit",
            description = "The engine's memory limit, such as 2GB (default: the engine's own).")
    String memoryLimit;

    @Option(
            names = "--engine",
            description = "Where the rows are processed: duckdb (embedded, default) or spark.",
            defaultValue = "duckdb")
    String engine;

    @Option(names = "--master", description = "Spark's master URL with --engine spark (default: local[*]).")
    String master;

    /** The level from which Spark's log reaches the console (its log4j2.properties reads it); errors by default. */
    static final String SPARK_CONSOLE_LEVEL = "saleslens.spark.console";

    @Option(
            names = "--state",
            paramLabel = "DIR",
            description = "Keep the bronze tables of the source files here, so the next run reads only new and changed"
                    + " files (kept by default in <out>/state when a source's path is a glob).")
    Path state;

    @Option(names = "--no-state", description = "Read every file and keep no state for the next run.")
    boolean noState;

    @Option(names = "--verbose", description = "Show stack traces of errors, and Spark's log on the console.")
    boolean verbose;

    /**
     * With --verbose, Spark's log shows on the console from INFO on, besides its log file; read when Spark first logs,
     * which is after the options are parsed.
     */
    private void showEngineLog() {
        if (verbose && System.getProperty(SPARK_CONSOLE_LEVEL) == null) {
            System.setProperty(SPARK_CONSOLE_LEVEL, "info");
        }
    }

    /** The history the run is recorded in: {@code --history}, else the output folder's own. */
    HistoryDatabase historyDatabase() {
        return HistoryCommand.database(out, history);
    }

    /** The engine the options name, as a run opens it: with the memory limit and master given, traced when the trace is on. */
    Engine openEngine(Path spillDirectory) {
        return Engines.open(engine, new EngineSettings(spillDirectory, memoryLimit, master));
    }

    /**
     * Everything a run on {@code dataDir} needs from the command line: spec, output, engine and reports, with the
     * department profiles loaded here, once, so a bad profile or department name fails before the run starts.
     */
    PreparedRun prepare(Path dataDir, ReportOptions reports, PrintWriter err) {
        showEngineLog();
        SpecChoice choice = resolveSpec(dataDir, err);
        List<DepartmentProfile> departmentProfiles = SalesLens.departmentProfiles(reports);
        RunOptions options = new RunOptions(
                        choice.spec(),
                        dataDir,
                        out,
                        memoryLimit,
                        reports,
                        engine,
                        master,
                        choice.origin(),
                        choice.locations())
                .withStateDir(stateDir(choice.spec()));
        return new PreparedRun(options, departmentProfiles);
    }

    /**
     * Where the run keeps its state: --state; else inside the output folder when a source is a glob (files that arrive
     * one a day, where a refresh pays); none with --no-state. Without a glob, keeping state would only make every
     * run write its bronze rows twice.
     */
    Path stateDir(DatasetSpec spec) {
        if (noState) {
            if (state != null) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID, "--state and --no-state contradict each other; give one of them");
            }
            return null;
        }
        if (state != null) {
            return state;
        }
        boolean glob = spec.sources().values().stream().anyMatch(SourceSpec::isGlob);
        return glob ? RunOptions.defaultStateDir(out) : null;
    }

    /** The options of a run on {@code dataDir} that writes no reports, such as a validation. */
    RunOptions runOptions(Path dataDir, PrintWriter err) {
        showEngineLog();
        SpecChoice choice = resolveSpec(dataDir, err);
        return new RunOptions(
                choice.spec(),
                dataDir,
                out,
                memoryLimit,
                ReportOptions.defaults(),
                engine,
                master,
                choice.origin(),
                choice.locations());
    }

    /** The spec to run with, as {@link SpecResolver} decides it (an inferred mapping printed on {@code err}), and --dedupe. */
    SpecChoice resolveSpec(Path dataDir, PrintWriter err) {
        SpecRequest request = new SpecRequest(dataDir, Optional.ofNullable(spec), Optional.ofNullable(preset));
        SpecChoice resolved =
                new SpecResolver(this::openEngine, inferred -> InferredMapping.print(inferred, err)).resolve(request);
        if (dedupe != null) {
            try {
                resolved = resolved.withSpec(resolved.spec().withDedupe(DedupePolicy.parse(dedupe)));
            } catch (SalesLensException e) {
                throw new SalesLensException(ErrorCode.OPTION_INVALID, "--dedupe: " + e.getMessage(), e);
            }
        }
        return resolved;
    }

    static final class PresetNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Presets.names().iterator();
        }
    }
}
