package io.saleslens.compare;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.saleslens.catalog.Direction;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Unit;
import io.saleslens.stage.StageResult;
import java.util.List;
import java.util.Optional;

/**
 * A run compared with the previous successful run of its dataset, as compare.json holds it. When there is nothing to
 * compare with, {@code previousRunId} is null, {@code reason} says why and the lists are empty.
 * The document lies in the later run's folder; the earlier run is named by its id and folder.
 */
public record Comparison(
        String runId,
        String dataset,
        String previousRunId,
        String previousFolder,
        String reason,
        Inputs inputs,
        List<MetricChange> metrics,
        List<Ranking> rankings,
        CheckChanges checks,
        List<SourceRows> rowsPerSource,
        List<SchemaChange> schema)
        implements StageResult {

    public Comparison {
        requireNonNull(runId, "runId is null");
        requireNonNull(dataset, "dataset is null");
        if ((previousRunId == null) == (reason == null)) {
            throw new IllegalArgumentException("a comparison names a previous run or the reason there is none");
        }
        metrics = List.copyOf(metrics);
        rankings = List.copyOf(rankings);
        rowsPerSource = List.copyOf(rowsPerSource);
        schema = List.copyOf(schema);
    }

    /** A run with nothing before it: the comparison says why. */
    static Comparison nothingToCompare(ComparedRun run, String reason) {
        return new Comparison(
                run.runId(),
                run.dataset(),
                null,
                null,
                requireNonNull(reason, "reason is null"),
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
    }

    /** Whether a previous run was found; the {@code comparable} key of compare.json. */
    public boolean comparable() {
        return previousRunId != null;
    }

    /** The change of one figure of the whole run, if both runs have it. */
    public Optional<MetricChange> metric(String key) {
        return metrics.stream()
                .filter(m -> m.key().equals(key) && m.member() == null)
                .findFirst();
    }

    public Optional<Ranking> ranking(Grain grain) {
        return rankings.stream().filter(r -> r.grain() == grain).findFirst();
    }

    /** For progress and the manifest: the figures compared. */
    @Override
    @JsonIgnore
    public long rows() {
        return metrics.size();
    }

    /** Whether the inputs are byte-identical, and each source's hashes. */
    public record Inputs(boolean identical, List<InputChange> sources) {
        public Inputs {
            sources = List.copyOf(sources);
        }
    }

    public record InputChange(
            String source,
            String path,
            String beforeSha256,
            String afterSha256,
            Long beforeBytes,
            Long afterBytes,
            boolean identical) {}

    /**
     * One catalogue figure before and after. Numbers are in {@code before}/{@code after}; a date figure has them in
     * {@code beforeDate}/{@code afterDate} and its change in days.
     *
     * @param member the member of the metric's grain (a country, a month); null for a figure of the whole run
     * @param relativeChange change ÷ before, a fraction (-0.032 is -3.2%); null when before is 0 or missing
     * @param favourable whether the change is good news by the metric's direction; null when unchanged, missing or
     *     when the metric has no favourable direction
     */
    public record MetricChange(
            String key,
            String member,
            Unit unit,
            Direction direction,
            Grain grain,
            Double before,
            Double after,
            @JsonInclude(JsonInclude.Include.NON_NULL) String beforeDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) String afterDate,
            Double change,
            Double relativeChange,
            Boolean favourable) {
        public MetricChange {
            requireNonNull(key, "key is null");
            requireNonNull(unit, "unit is null");
        }
    }

    /**
     * The members of one dimension ranked by a metric in each run (1 is the largest), with the largest rise and fall
     * among the members both runs have.
     */
    public record Ranking(
            Grain grain, String key, String largestContributor, String largestDetractor, List<MemberRank> members) {
        public Ranking {
            members = List.copyOf(members);
        }

        public Optional<MemberRank> member(String name) {
            return members.stream().filter(m -> m.member().equals(name)).findFirst();
        }
    }

    /** @param status moved, unchanged, appeared (only in the later run) or vanished (only in the earlier one) */
    public record MemberRank(
            String member,
            Integer beforeRank,
            Integer afterRank,
            Double before,
            Double after,
            Double change,
            Double relativeChange,
            String status) {}

    /** The checks whose outcome or failing count changed; {@code changes} holds each of them. */
    public record CheckChanges(
            List<String> newlyFailing,
            List<String> resolved,
            List<String> failingCountMoved,
            List<CheckChange> changes) {
        public CheckChanges {
            newlyFailing = List.copyOf(newlyFailing);
            resolved = List.copyOf(resolved);
            failingCountMoved = List.copyOf(failingCountMoved);
            changes = List.copyOf(changes);
        }
    }

    /** @param status newly_failing, resolved, failing_count_moved, appeared (passing) or vanished */
    public record CheckChange(
            String id,
            Boolean beforePassed,
            Boolean afterPassed,
            Long beforeFailed,
            Long afterFailed,
            Long change,
            Long beforeTotal,
            Long afterTotal,
            String status) {}

    /** One source's lines read and kept in each run. */
    public record SourceRows(
            String source,
            Long beforeRowsIn,
            Long afterRowsIn,
            Long rowsInChange,
            Long beforeRowsOut,
            Long afterRowsOut,
            Long rowsOutChange,
            Long beforeQuarantined,
            Long afterQuarantined,
            Long beforeDuplicatesMerged,
            Long afterDuplicatesMerged) {}

    /**
     * How one source's shape changed: columns added or removed, columns whose profiled type changed (number, text or
     * empty, from quality.json's profile), and changes of the way it was read (quality.json's ingest section).
     *
     * @param status added (a new source), removed, or changed
     */
    public record SchemaChange(
            String source,
            String status,
            List<String> columnsAdded,
            List<String> columnsRemoved,
            List<ValueChange> typesChanged,
            List<ValueChange> readingChanged) {
        public SchemaChange {
            columnsAdded = List.copyOf(columnsAdded);
            columnsRemoved = List.copyOf(columnsRemoved);
            typesChanged = List.copyOf(typesChanged);
            readingChanged = List.copyOf(readingChanged);
        }
    }

    /** A column's type or a reading setting before and after. */
    public record ValueChange(String name, String before, String after) {}
}
