package io.saleslens.targets;

import static java.util.Objects.requireNonNull;

import io.saleslens.catalog.Unit;

/**
 * One target against the run's figures, as targets.json writes it and the reports show it. The gap is target minus
 * actual to date: for a figure where up is good news, a positive gap is what is still to reach and a negative one is
 * the amount beyond the target.
 *
 * @param metric the catalogue key the target names
 * @param segment the segment the figures are of; null for the whole business
 * @param owner the department whose report shows the target; null: every department's
 * @param period month, quarter or year
 * @param of the period's name: 2013, 2013-Q4, 2013-12; null (as are its start, end and baseline period) only when the
 *     spec names no period and the run has no dated orders to choose it by
 * @param actual the sum of the figure's monthly values inside the period, to the newest order date; null when not
 *     started or not measured
 * @param baseline the same sum over the previous period of equal length; null when the data does not cover it all
 * @param baselineOf the previous period's name: 2012 for 2013
 * @param baselineReason why there is no baseline; null when there is one
 * @param gap target minus actual; null without an actual
 * @param elapsedDays days from the period's start to the newest order date, both counted, at most the period's days
 * @param projected straight-line pace: actual × period days ÷ elapsed days, for a period in progress; null otherwise
 * @param statusReason what limits the status or the actual, in words; null when nothing does
 */
public record TargetResult(
        String metric,
        String segment,
        String owner,
        Unit unit,
        String period,
        String of,
        String periodStart,
        String periodEnd,
        double target,
        Double actual,
        Double baseline,
        String baselineOf,
        String baselineReason,
        Double gap,
        String newestOrderDate,
        long elapsedDays,
        long periodDays,
        Double projected,
        TargetStatus status,
        String statusReason) {

    public TargetResult {
        requireNonNull(metric, "metric is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(period, "period is null");
        requireNonNull(status, "status is null");
        if (baseline == null && baselineReason == null) {
            throw new IllegalArgumentException("a target without a baseline needs the reason");
        }
    }

    /** The figure's name as the reports write it: the key's last field in words, with the segment. */
    public String label() {
        String name = metric.substring(metric.lastIndexOf('.') + 1).replace('_', ' ');
        return segment == null ? name : name + " (" + segment + ")";
    }

    /** Whether the target belongs in the report of the department: it is the owner, or the target has none. */
    public boolean shownTo(String department) {
        return owner == null || owner.equals(department);
    }
}
