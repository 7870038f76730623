package io.saleslens.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.saleslens.engine.Engine;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.CampaignSpec;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.AtomicFiles;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.LoadedSources;
import io.saleslens.stage.PublishedRun;
import io.saleslens.stage.RefreshOutcome;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RowAccounts;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.RunId;
import io.saleslens.stage.SourceFiles;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import io.saleslens.stage.StageTiming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the stages in order against one engine and publishes the run folder atomically: it is written
 * under a temporary name and renamed when complete. A failed run leaves only a manifest with
 * {@code status: failed} and the error.
 */
public final class Pipeline {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Stage> stages;
    private final Function<Path, Engine> engineFactory;
    private final Clock clock;
    private final PublicationListener publication;

    public Pipeline(List<Stage> stages, Function<Path, Engine> engineFactory) {
        this(stages, engineFactory, PublicationListener.NONE);
    }

    /** A pipeline that tells {@code publication} of every run folder it publishes. */
    public Pipeline(List<Stage> stages, Function<Path, Engine> engineFactory, PublicationListener publication) {
        this(stages, engineFactory, Clock.systemDefaultZone(), publication);
    }

    /** A pipeline whose runs take their start time, and so their run id, from {@code clock}. */
    Pipeline(List<Stage> stages, Function<Path, Engine> engineFactory, Clock clock) {
        this(stages, engineFactory, clock, PublicationListener.NONE);
    }

    private Pipeline(
            List<Stage> stages, Function<Path, Engine> engineFactory, Clock clock, PublicationListener publication) {
        this.stages = List.copyOf(stages);
        this.engineFactory = engineFactory;
        this.clock = clock;
        this.publication = requireNonNull(publication, "publication is null");
    }

    /**
     * One run, holding the output folder's run lock throughout: a run that finds another one writing to the folder
     * waits for it (saying so as a warning), so the runs published before it are all finished and history gets one
     * line per run.
     */
    public RunResult run(RunOptions options, ProgressListener progress) {
        // A missing data folder is refused before the output folder is created for the lock.
        requireDataFolder(options);
        new RunStore(options.outDir()).checkWritable();
        try (RunLock lock = RunLock.acquire(options.outDir(), true, progress::warning)) {
            return runLocked(options, progress);
        }
    }

    private RunResult runLocked(RunOptions options, ProgressListener progress) {
        RunStore store = new RunStore(options.outDir());
        LocalDateTime startedAt = LocalDateTime.now(clock);
        List<InputFile> inputs = describeInputs(options);
        RunId runId = RunId.of(startedAt, contentHash(options, inputs));
        Manifest manifest = new Manifest(runId, options.spec(), inputs, startedAt);
        manifest.setSpecOrigin(options.specOrigin());
        // Looked up before this run reserves its folder: the runs published so far are the ones before it.
        PublishedRuns earlier = new PublishedRuns(options.outDir());
        Optional<PublishedRun> previous = earlier.latest(options.spec().name());
        String nothingBefore = previous.isPresent()
                ? null
                : earlier.whyNothingBefore(options.spec().name());
        Path published;
        RunContext context;
        List<RowAccounting> accounting;
        try (WorkingFolder work = store.reserve(runId)) {
            manifest.setFolder(work.folderName());
            Path staging = work.path();
            try (Engine engine = engineFactory.apply(staging.resolve(".spill"))) {
                context = new RunContext(runId, options.spec(), options.dataDir(), staging, engine, inputs);
                if (options.stateDir() != null) {
                    context.setState(options.stateDir(), Version.current());
                }
                if (previous.isPresent()) {
                    context.setPreviousRun(previous.get());
                } else {
                    context.setNoPreviousRun(nothingBefore);
                }
                accounting = runStages(context, manifest, options, progress);
                // A validation run measures nothing: without metrics.json it is never the run a later one compares
                // with.
                if (!context.metrics().isEmpty()) {
                    write(staging.resolve("metrics.json"), context.metrics());
                }
                write(staging.resolve("quality.json"), context.quality());
                manifest.succeed(LocalDateTime.now(clock));
                write(staging.resolve("manifest.json"), manifest.toJson());
                published = store.publish(work);
            } catch (RuntimeException e) {
                RuntimeException reported = StorageErrors.explain(options.outDir(), e);
                manifest.fail(LocalDateTime.now(clock), reported);
                Path failed;
                try {
                    failed = store.publishFailure(work, json(manifest.toJson()));
                } catch (RuntimeException recording) {
                    reported.addSuppressed(recording);
                    throw reported;
                }
                announce(new PublishedFolder(failed, runId, manifest.toJson()), progress);
                throw reported;
            }
        }
        // The run is published: a history line that cannot be written is reported, but does not unpublish it.
        store.appendHistory(manifest.historyLine(context.metrics()));
        // A validation run writes no metrics: latest stays on the newest run with reports.
        if (Files.isRegularFile(published.resolve("metrics.json")) && !store.pointLatest(published)) {
            progress.warning(options.outDir().resolve(RunStore.LATEST) + ": cannot link to the newest run here (no"
                    + " symbolic links on this file system); open the run folder under runs/");
        }
        announce(new PublishedFolder(published, runId, manifest.toJson()), progress);
        RefreshOutcome refresh =
                context.find(LoadedSources.class).map(LoadedSources::refresh).orElse(RefreshOutcome.OFF);
        return new RunResult(runId, published, context.metrics(), context.quality(), accounting, refresh);
    }

    /** Tells the listener of a published folder; what it cannot do is a warning, the folder stays published. */
    private void announce(PublishedFolder run, ProgressListener progress) {
        try {
            publication.published(run);
        } catch (RuntimeException e) {
            progress.warning(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private List<RowAccounting> runStages(
            RunContext context, Manifest manifest, RunOptions options, ProgressListener progress) {
        context.setReportOptions(options.reports());
        context.setSpecOrigin(options.specOrigin());
        context.setSpecLocations(options.specLocations());
        for (Stage stage : stages) {
            progress.stageStarted(stage.name());
            context.setProgress(new ThrottledProgress(stage.name(), progress, System::nanoTime));
            long start = System.nanoTime();
            StageResult result = stage.run(context);
            context.record(result);
            long rows = result.rows();
            long millis = (System.nanoTime() - start) / 1_000_000;
            StageTiming timing = new StageTiming(stage.name(), millis, rows);
            manifest.addStage(timing);
            context.addStageTiming(timing);
            progress.stageFinished(stage.name(), rows, millis);
            for (String warning : result.warnings()) {
                manifest.addWarning(stage.name(), warning);
                progress.warning(warning);
            }
        }
        // A validation run stops before cleaning: its sources are only read, loaded or rejected.
        List<RowAccounting> accounting = context.find(RowAccounts.class)
                .or(() -> context.find(LoadedSources.class).map(RowAccounts::ofLoaded))
                .map(RowAccounts::sources)
                .orElse(List.of());
        manifest.setRowAccounting(accounting);
        context.find(LoadedSources.class).ifPresent(loaded -> {
            manifest.setFileLines(loaded.files());
            manifest.setRefresh(loaded.refresh());
        });
        accounting.stream().filter(a -> !a.balanced()).findFirst().ifPresent(a -> {
            throw new SalesLensException(
                    ErrorCode.ROW_ACCOUNTING_BROKEN,
                    "row accounting broken for source " + a.source()
                            + ": " + a.rowsIn() + " in, " + a.rowsOut() + " clean, " + a.quarantined()
                            + " quarantined, "
                            + a.duplicatesMerged() + " merged, " + a.filtered() + " filtered",
                    null);
        });
        return accounting;
    }

    private static void requireDataFolder(RunOptions options) {
        if (!Files.isDirectory(options.dataDir())) {
            throw new SalesLensException(
                    ErrorCode.DATA_FOLDER_NOT_FOUND,
                    options.dataDir() + ": data folder not found; give the folder that holds the source files");
        }
    }

    private static List<InputFile> describeInputs(RunOptions options) {
        requireDataFolder(options);
        List<InputFile> inputs = new ArrayList<>();
        for (Map.Entry<String, SourceSpec> source : options.spec().sources().entrySet()) {
            if (source.getValue().isJdbc()) {
                // A table has no file to hash: the run identifies it by its location only.
                String location = source.getValue().location();
                inputs.add(new InputFile(
                        source.getKey(), location, 0, FileDigest.sha256(location.getBytes(StandardCharsets.UTF_8))));
                continue;
            }
            // A glob's files are each an input of their own, so the manifest names every file the run read.
            for (String path : SourceFiles.of(options.dataDir(), source.getKey(), source.getValue())) {
                Path file = options.dataDir().resolve(path);
                if (!Files.isRegularFile(file)) {
                    throw new SalesLensException(
                            ErrorCode.SOURCE_NOT_FOUND,
                            file + ": source file '" + source.getKey()
                                    + "' not found; add it or change its path in the spec");
                }
                try {
                    inputs.add(new InputFile(source.getKey(), path, Files.size(file), FileDigest.sha256(file)));
                } catch (IOException e) {
                    throw new SalesLensException(
                            ErrorCode.SOURCE_UNREADABLE, file + ": cannot read (" + e.getMessage() + ")", e);
                }
            }
        }
        return inputs;
    }

    static String contentHash(RunOptions options, List<InputFile> inputs) {
        StringBuilder content = new StringBuilder();
        inputs.forEach(input -> content.append(input.source())
                .append('=')
                .append(input.sha256())
                .append('\n'));
        // A campaign's customer lists change its figures as a source does: their content is part of the run's identity.
        for (CampaignSpec campaign : options.spec().campaigns()) {
            for (String list : Arrays.asList(campaign.audience(), campaign.holdout())) {
                if (list != null) {
                    Path file = options.dataDir().resolve(list);
                    content.append("campaign ")
                            .append(campaign.name())
                            .append(' ')
                            .append(list)
                            .append('=')
                            .append(Files.isRegularFile(file) ? FileDigest.sha256(file) : "absent")
                            .append('\n');
                }
            }
        }
        content.append(json(JSON.valueToTree(options.spec()))).append('\n').append(Version.current());
        return FileDigest.sha256(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Object node) {
        try {
            AtomicFiles.writeString(file, json(node) + "\n");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + file, e);
        }
    }
}
