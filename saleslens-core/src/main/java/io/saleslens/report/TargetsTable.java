package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.inUnit;
import static io.saleslens.report.Markdown.escape;

import io.saleslens.targets.TargetResult;
import io.saleslens.targets.TargetStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's targets in a department's Success Metrics: baseline, actual to date, target, gap, straight-line pace and
 * status, each a value of targets.json written in its figure's unit; nothing is computed here.
 */
final class TargetsTable {
    static final List<String> HEADER =
            List.of("Metric", "Period", "Baseline", "Actual to date", "Target", "Gap", "Projected (pace)", "Status");
    private static final String NONE = "—";

    private TargetsTable() {}

    /** Writes the targets the department sees; nothing when there are none. */
    static void render(Markdown md, List<TargetResult> targets) {
        if (targets.isEmpty()) {
            return;
        }
        md.bold("Targets");
        String newest = targets.stream()
                .map(TargetResult::newestOrderDate)
                .filter(date -> date != null)
                .findFirst()
                .map(date -> " (" + escape(date) + ")")
                .orElse("");
        md.paragraph("Gap is the target minus the actual to date. A complete period met or missed its target by the"
                + " actual; for a period in progress, Projected (pace) is straight-line pace from the period start to"
                + " the newest order date" + newest + ": the actual to date times the period's days, divided by the"
                + " days elapsed, and the target is on track when that projection reaches it.");
        List<List<String>> rows = new ArrayList<>();
        for (TargetResult target : targets) {
            rows.add(row(target));
        }
        md.table(HEADER, rows);
    }

    private static List<String> row(TargetResult target) {
        return List.of(
                escape(target.label()),
                target.of() == null ? escape(target.period()) : escape(target.of()),
                baseline(target),
                figure(target, target.actual()),
                inUnit(target.unit(), target.target()),
                figure(target, target.gap()),
                projected(target),
                status(target));
    }

    private static String baseline(TargetResult target) {
        if (target.baseline() == null) {
            return "none: " + escape(target.baselineReason());
        }
        return inUnit(target.unit(), target.baseline()) + " (" + escape(target.baselineOf()) + ")";
    }

    private static String projected(TargetResult target) {
        if (target.projected() == null) {
            return target.status() == TargetStatus.MET || target.status() == TargetStatus.MISSED
                    ? "period complete"
                    : NONE;
        }
        return inUnit(target.unit(), target.projected()) + " (" + count(target.elapsedDays()) + " of "
                + count(target.periodDays()) + " days)";
    }

    private static String status(TargetResult target) {
        String status = "**" + target.status().label() + "**";
        return target.statusReason() == null || target.statusReason().equals(target.baselineReason())
                ? status
                : status + ": " + escape(target.statusReason());
    }

    private static String figure(TargetResult target, Double value) {
        return value == null ? NONE : inUnit(target.unit(), value);
    }
}
