package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLocations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the stages of one run share: the spec and folders, the engine holding the rows, the documents the run writes,
 * and the results earlier stages handed on ({@link #result}). Only aggregates are kept here, never rows.
 */
public final class RunContext {
    private final RunId runId;
    private final DatasetSpec spec;
    private final Path dataDir;
    private final Path runDir;
    private final Engine engine;
    private final List<InputFile> inputs;
    private final Map<Class<? extends StageResult>, StageResult> results = new LinkedHashMap<>();
    private final ObjectNode metrics = JsonNodeFactory.instance.objectNode();
    private final ObjectNode quality = JsonNodeFactory.instance.objectNode();
    private final List<StageTiming> stageTimings = new ArrayList<>();
    private ReportOptions reportOptions = ReportOptions.defaults();
    private String specOrigin = "spec given to the run";
    private SpecLocations specLocations;
    private PublishedRun previousRun;
    private String noPreviousRun = "the run was not given the output folder's earlier runs";
    private WorkProgress progress = WorkProgress.NONE;
    private Path stateDir;
    private String version = "unknown";

    public RunContext(RunId runId, DatasetSpec spec, Path dataDir, Path runDir, Engine engine, List<InputFile> inputs) {
        this.runId = requireNonNull(runId, "runId is null");
        this.spec = requireNonNull(spec, "spec is null");
        this.dataDir = requireNonNull(dataDir, "dataDir is null");
        this.runDir = requireNonNull(runDir, "runDir is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.inputs = List.copyOf(inputs);
    }

    /**
     * Where the run keeps the bronze tables of its files for the next run, and the SalesLens version that wrote them
     * (a state written by another version is not reused); without it every run reads every file.
     */
    public void setState(Path directory, String saleslensVersion) {
        this.stateDir = requireNonNull(directory, "directory is null");
        this.version = requireNonNull(saleslensVersion, "saleslensVersion is null");
    }

    public Optional<Path> stateDir() {
        return Optional.ofNullable(stateDir);
    }

    /** The version of SalesLens running, as the state records it. */
    public String saleslensVersion() {
        return version;
    }

    /** Where the running stage reports how far it has got; nowhere unless the pipeline listens. */
    public WorkProgress progress() {
        return progress;
    }

    public void setProgress(WorkProgress progress) {
        this.progress = requireNonNull(progress, "progress is null");
    }

    public RunId runId() {
        return runId;
    }

    public DatasetSpec spec() {
        return spec;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The folder being written; it is renamed to its final name when the run succeeds. */
    public Path runDir() {
        return runDir;
    }

    public Engine engine() {
        return engine;
    }

    public List<InputFile> inputs() {
        return inputs;
    }

    /** Keeps what a finished stage handed on for the stages after it; a later result of the same type replaces it. */
    public void record(StageResult result) {
        results.put(requireNonNull(result, "result is null").getClass(), result);
    }

    /** What an earlier stage handed on; a stage list without the stage that hands it on is a defect of the list. */
    public <R extends StageResult> R result(Class<R> type) {
        return find(type)
                .orElseThrow(() ->
                        new IllegalStateException("no earlier stage of this run handed on a " + type.getSimpleName()));
    }

    /** What an earlier stage handed on, if a stage of this run hands it on. */
    public <R extends StageResult> Optional<R> find(Class<R> type) {
        return Optional.ofNullable(results.get(type)).map(type::cast);
    }

    /** The metrics document the run writes as metrics.json; reports read only this and {@link #quality()}. */
    public ObjectNode metrics() {
        return metrics;
    }

    public ObjectNode quality() {
        return quality;
    }

    /** What the render stage writes; every department in Markdown and HTML unless the run asks otherwise. */
    public ReportOptions reportOptions() {
        return reportOptions;
    }

    public void setReportOptions(ReportOptions options) {
        this.reportOptions = requireNonNull(options, "options is null");
    }

    /** Where the spec came from, in words: --spec FILE, the folder's saleslens.yaml, a recognised preset, inference. */
    public String specOrigin() {
        return specOrigin;
    }

    public void setSpecOrigin(String origin) {
        this.specOrigin = requireNonNull(origin, "origin is null");
    }

    /** Where each key of the spec's YAML is, for messages about its values. */
    public SpecLocations specLocations() {
        return specLocations == null ? SpecLocations.none("spec " + spec.name()) : specLocations;
    }

    public void setSpecLocations(SpecLocations locations) {
        this.specLocations = requireNonNull(locations, "locations is null");
    }

    /** The newest earlier successful run of the same dataset, which this run compares itself with; none on a first run. */
    public Optional<PublishedRun> previousRun() {
        return Optional.ofNullable(previousRun);
    }

    /** Why there is no previous run to compare with, in words; meaningful when {@link #previousRun()} is empty. */
    public String noPreviousRun() {
        return noPreviousRun;
    }

    public void setPreviousRun(PublishedRun run) {
        this.previousRun = requireNonNull(run, "run is null");
    }

    public void setNoPreviousRun(String reason) {
        this.previousRun = null;
        this.noPreviousRun = requireNonNull(reason, "reason is null");
    }

    /** Records a finished stage; the same timings go into the manifest. */
    public void addStageTiming(StageTiming timing) {
        stageTimings.add(requireNonNull(timing, "timing is null"));
    }

    /** The stages finished so far, in order, as the manifest records them. */
    public List<StageTiming> stageTimings() {
        return Collections.unmodifiableList(stageTimings);
    }
}
