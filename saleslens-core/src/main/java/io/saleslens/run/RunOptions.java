package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.Engines;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLocations;
import io.saleslens.stage.ReportOptions;
import java.nio.file.Path;

/**
 * What one run is asked to do.
 *
 * @param outDir the output root; runs are published under {@code <outDir>/runs/<run-id>}
 * @param memoryLimit the engine's memory limit, such as "2GB"; null leaves the engine's default
 * @param reports which department reports to write, and in which formats
 * @param engine the engine's name: duckdb (embedded, the default) or spark
 * @param master Spark's master URL; null for the engine's default
 * @param specOrigin where the spec came from, in words for the summary and the reports (--spec FILE, a preset, ...)
 * @param specLocations the line of every key of the spec's YAML, for messages about its values
 * @param stateDir where the run keeps its files' bronze tables for the next run, which then reads only new and changed
 *     files; null reads every file and keeps nothing
 */
public record RunOptions(
        DatasetSpec spec,
        Path dataDir,
        Path outDir,
        String memoryLimit,
        ReportOptions reports,
        String engine,
        String master,
        String specOrigin,
        SpecLocations specLocations,
        Path stateDir) {

    public RunOptions {
        requireNonNull(spec, "spec is null");
        requireNonNull(dataDir, "dataDir is null");
        requireNonNull(outDir, "outDir is null");
        requireNonNull(reports, "reports is null");
        engine = engine == null ? Engines.EMBEDDED : engine;
        specOrigin = specOrigin == null ? "spec given to the run" : specOrigin;
        specLocations = specLocations == null ? SpecLocations.none("spec " + spec.name()) : specLocations;
    }

    public RunOptions(
            DatasetSpec spec,
            Path dataDir,
            Path outDir,
            String memoryLimit,
            ReportOptions reports,
            String engine,
            String master,
            String specOrigin,
            SpecLocations specLocations) {
        this(spec, dataDir, outDir, memoryLimit, reports, engine, master, specOrigin, specLocations, null);
    }

    public RunOptions(
            DatasetSpec spec,
            Path dataDir,
            Path outDir,
            String memoryLimit,
            ReportOptions reports,
            String engine,
            String master) {
        this(spec, dataDir, outDir, memoryLimit, reports, engine, master, null, null, null);
    }

    /** The same run, keeping its state in {@code directory} (null: none). */
    public RunOptions withStateDir(Path directory) {
        return new RunOptions(
                spec, dataDir, outDir, memoryLimit, reports, engine, master, specOrigin, specLocations, directory);
    }

    /** The state folder a run uses unless told otherwise: {@code state} inside the output folder. */
    public static Path defaultStateDir(Path outDir) {
        return outDir.resolve("state");
    }

    /** A run on the embedded engine that writes the chosen reports. */
    public RunOptions(DatasetSpec spec, Path dataDir, Path outDir, String memoryLimit, ReportOptions reports) {
        this(spec, dataDir, outDir, memoryLimit, reports, Engines.EMBEDDED, null);
    }

    /** A run on the embedded engine that writes every department's report in Markdown and HTML. */
    public RunOptions(DatasetSpec spec, Path dataDir, Path outDir, String memoryLimit) {
        this(spec, dataDir, outDir, memoryLimit, ReportOptions.defaults());
    }
}
