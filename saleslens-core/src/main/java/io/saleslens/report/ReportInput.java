package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.alert.AlertOutcome;
import io.saleslens.compare.Comparison;
import io.saleslens.insight.Insight;
import io.saleslens.stage.StageTiming;
import io.saleslens.targets.TargetResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a report is written from: the run id, the spec's name, the two documents every figure must
 * come from, the ranked insights (insights.json), the stage timings recorded so far (the manifest's
 * stages), the dashboards that were drawn and the comparison with the previous run (compare.json), when the run
 * compared itself, the spec's targets against the run (targets.json), empty when the spec sets none, and the run's
 * alerts (alerts.json), empty for a run without an alert stage, and the site's page views up to the run (usage.json), a
 * missing node for a run without a usage stage.
 */
public record ReportInput(
        String runId,
        String specName,
        JsonNode metrics,
        JsonNode quality,
        List<Insight> insights,
        List<StageTiming> stageTimings,
        Set<String> dashboards,
        Optional<Comparison> comparison,
        List<TargetResult> targets,
        List<AlertOutcome> alerts,
        JsonNode usage) {

    public ReportInput {
        requireNonNull(runId, "runId is null");
        requireNonNull(specName, "specName is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(quality, "quality is null");
        insights = List.copyOf(requireNonNull(insights, "insights is null"));
        stageTimings = List.copyOf(requireNonNull(stageTimings, "stageTimings is null"));
        dashboards = Set.copyOf(requireNonNull(dashboards, "dashboards is null"));
        requireNonNull(comparison, "comparison is null");
        targets = List.copyOf(requireNonNull(targets, "targets is null"));
        alerts = List.copyOf(requireNonNull(alerts, "alerts is null"));
        requireNonNull(usage, "usage is null");
    }

    /** The input of a run without a usage stage: the success metrics that cite usage.json say "not measured". */
    public ReportInput(
            String runId,
            String specName,
            JsonNode metrics,
            JsonNode quality,
            List<Insight> insights,
            List<StageTiming> stageTimings,
            Set<String> dashboards,
            Optional<Comparison> comparison,
            List<TargetResult> targets,
            List<AlertOutcome> alerts) {
        this(
                runId,
                specName,
                metrics,
                quality,
                insights,
                stageTimings,
                dashboards,
                comparison,
                targets,
                alerts,
                MissingNode.getInstance());
    }

    /** The input of a run without alerts: the reports have no "Needs attention" block. */
    public ReportInput(
            String runId,
            String specName,
            JsonNode metrics,
            JsonNode quality,
            List<Insight> insights,
            List<StageTiming> stageTimings,
            Set<String> dashboards,
            Optional<Comparison> comparison,
            List<TargetResult> targets) {
        this(runId, specName, metrics, quality, insights, stageTimings, dashboards, comparison, targets, List.of());
    }

    /** The input of a run without targets: the Success Metrics have no target table. */
    public ReportInput(
            String runId,
            String specName,
            JsonNode metrics,
            JsonNode quality,
            List<Insight> insights,
            List<StageTiming> stageTimings,
            Set<String> dashboards,
            Optional<Comparison> comparison) {
        this(runId, specName, metrics, quality, insights, stageTimings, dashboards, comparison, List.of());
    }

    /** The input of a run without a compare stage: the reports have no "Since the last run" block. */
    public ReportInput(
            String runId,
            String specName,
            JsonNode metrics,
            JsonNode quality,
            List<Insight> insights,
            List<StageTiming> stageTimings,
            Set<String> dashboards) {
        this(runId, specName, metrics, quality, insights, stageTimings, dashboards, Optional.empty());
    }
}
