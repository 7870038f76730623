package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.stage.RepairLog;
import io.saleslens.model.EntityCleaning;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLocations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stages of one run share: the spec and folders, the engine holding the rows, and the
 * documents the run writes. Stages fill it in order; only aggregates are kept here.
 */
public final class RunContext {
    private final RunId runId;
    private final DatasetSpec spec;
    private final Path dataDir;
    private final Path runDir;
    private final Engine engine;
    private final List<InputFile> inputs;
    private final Map<String, LoadedTable> loaded = new LinkedHashMap<>();
    private final List<EntityCleaning> cleanings = new ArrayList<>();
    private final Map<String, Long> goldTables = new LinkedHashMap<>();
    private final ObjectNode metrics = JsonNodeFactory.instance.objectNode();
    private final ObjectNode quality = JsonNodeFactory.instance.objectNode();
    private final List<StageTiming> stageTimings = new ArrayList<>();
    private final Map<String, Long> outOfScope = new LinkedHashMap<>();
    private ReportOptions reportOptions = ReportOptions.defaults();
    private String specOrigin = "spec given to the run";
    private SpecLocations specLocations;

    public RunContext(RunId runId, DatasetSpec spec, Path dataDir, Path runDir, Engine engine, List<InputFile> inputs) {
        this.runId = requireNonNull(runId, "runId is null");
        this.spec = requireNonNull(spec, "spec is null");
        this.dataDir = requireNonNull(dataDir, "dataDir is null");
        this.runDir = requireNonNull(runDir, "runDir is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.inputs = List.copyOf(inputs);
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

    public void addLoaded(String source, LoadedTable table) {
        loaded.put(source, table);
    }

    public Map<String, LoadedTable> loaded() {
        return Collections.unmodifiableMap(loaded);
    }

    public void addCleanings(List<EntityCleaning> results) {
        cleanings.addAll(results);
    }

    public List<EntityCleaning> cleanings() {
        return Collections.unmodifiableList(cleanings);
    }

    public void addGoldTables(Map<String, Long> counts) {
        goldTables.putAll(counts);
    }

    public Map<String, Long> goldTables() {
        return Collections.unmodifiableMap(goldTables);
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

    /** Records how many lines of a source the spec's row filters keep out of scope (checks skip them). */
    public void setOutOfScope(String source, long lines) {
        outOfScope.put(requireNonNull(source, "source is null"), lines);
    }

    /** Lines per source that row filters keep out of scope; a source without a filter is absent. */
    public Map<String, Long> outOfScope() {
        return Collections.unmodifiableMap(outOfScope);
    }

    /** Records a finished stage; the same timings go into the manifest. */
    public void addStageTiming(StageTiming timing) {
        stageTimings.add(requireNonNull(timing, "timing is null"));
    }

    /** The stages finished so far, in order, as the manifest records them. */
    public List<StageTiming> stageTimings() {
        return Collections.unmodifiableList(stageTimings);
    }

    /**
     * Rows in, clean, quarantined and merged for every source. A source that feeds several entities (a flat
     * file of order lines also gives the customers and products) is accounted for at the grain of its lines:
     * by the sale entity when it reads the source, else by the entity that merges the fewest rows, the first in the
     * spec on a tie. What the other entities set
     * aside is in their cleaning figures and the quarantine file.
     */
    public List<RowAccounting> rowAccounting() {
        Map<String, EntityCleaning> bySource = new LinkedHashMap<>();
        cleanings.forEach(c -> bySource.merge(c.source(), c, (kept, next) -> {
            // The order lines are the grain of a source that feeds the sale entity; otherwise the entity merging least.
            if (kept.entity().equals(DatasetSpec.SALE) || next.entity().equals(DatasetSpec.SALE)) {
                return kept.entity().equals(DatasetSpec.SALE) ? kept : next;
            }
            return next.duplicatesMerged() < kept.duplicatesMerged() ? next : kept;
        }));
        Map<String, long[]> repairs = repairsBySource();
        List<RowAccounting> rows = new ArrayList<>();
        loaded.forEach((source, table) -> {
            EntityCleaning cleaning = bySource.get(source);
            long[] repaired = repairs.getOrDefault(source, new long[2]);
            if (cleaning == null) {
                rows.add(new RowAccounting(source, table.rowsRead(), table.rowsLoaded(), 0, table.rowsRejected(), repaired[0], 0,
                        repaired[1]));
            } else {
                rows.add(new RowAccounting(source, table.rowsRead(), cleaning.rowsOut(), cleaning.duplicatesMerged(),
                        table.rowsRejected() + cleaning.quarantined(), repaired[0], cleaning.filtered(), repaired[1]));
            }
        });
        return rows;
    }

    /**
     * Per source, the lines with a repaired value and the repaired values, from the repair log that becomes repairs.csv
     * (check fixes and entity repair rules alike), so the accounting and the file agree; empty before cleaning.
     */
    private Map<String, long[]> repairsBySource() {
        Map<String, long[]> repairs = new LinkedHashMap<>();
        if (cleanings.isEmpty() || !engine.tableExists(Tables.REPAIR_LOG)) {
            return repairs;
        }
        engine.query("SELECT source, count(DISTINCT _line) AS lines, count(*) AS repaired_values FROM " + Tables.REPAIR_LOG
                + " GROUP BY source").forEach(row -> repairs.put((String) row.get("source"),
                        new long[] {((Number) row.get("lines")).longValue(), ((Number) row.get("repaired_values")).longValue()}));
        return repairs;
    }
}
