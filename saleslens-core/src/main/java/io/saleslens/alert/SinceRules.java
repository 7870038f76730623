package io.saleslens.alert;

import static io.saleslens.alert.AlertWords.absent;
import static io.saleslens.alert.AlertWords.figures;
import static io.saleslens.alert.AlertWords.named;
import static io.saleslens.alert.AlertWords.number;
import static io.saleslens.alert.AlertWords.points;
import static io.saleslens.alert.AlertWords.signed;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.Comparison.SourceRows;
import io.saleslens.spec.AlertSpec;
import io.saleslens.spec.AlertSpec.Change;
import io.saleslens.spec.AlertSpec.Quality;
import io.saleslens.spec.AlertSpec.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that compare the run with an earlier one, from its comparison with the previous run: a figure's change,
 * the quality score's drop, checks that start failing and a source's fall in rows. While an alert holds, its
 * {@link Baseline} keeps the run it fired on. The keys these rules name were checked against the catalogue when the
 * run started.
 */
final class SinceRules {
    private SinceRules() {}

    /**
     * The change since the baseline: the previous run, or, while the alert holds, the run it was measured from when it
     * fired, so that a fall that stays is still a fall (ongoing) and clears only when the figure comes back.
     */
    static Evaluation change(AlertSpec alert, Change rule, AlertInput input) {
        Map<String, Object> figures = figures("metric", rule.metric(), "member", rule.member());
        Optional<Comparison> comparison = input.comparable();
        if (comparison.isEmpty()) {
            return Evaluation.undecided(input.noComparison(), figures);
        }
        Optional<MetricChange> found = comparison.get().metrics().stream()
                .filter(m -> m.key().equals(rule.metric()) && Objects.equals(m.member(), rule.member()))
                .findFirst();
        if (found.isEmpty() || found.get().after() == null || found.get().before() == null) {
            return Evaluation.undecided(
                    absent(rule.metric(), rule.member()) + " in both this run and the previous one", figures);
        }
        Baseline baseline = Baseline.of(input, alert, comparison.get());
        double before = baseline.number("before").orElse(found.get().before());
        double after = found.get().after();
        double change = after - before;
        figures.put("baseline_run_id", baseline.runId());
        figures.put("before", before);
        figures.put("after", after);
        figures.put("change", change);
        figures.put("change_percent", before == 0 ? null : change / before * 100);
        if (rule.percent() && before == 0) {
            return Evaluation.undecided(
                    named(rule.metric(), rule.member()) + " was 0 in run " + baseline.runId()
                            + ": no change in percent",
                    figures);
        }
        double figure = rule.percent() ? change / before * 100 : change;
        figures.put("op", rule.op().symbol());
        figures.put("bound", rule.value());
        boolean holds = rule.op().holds(figure, rule.value());
        String unit = rule.percent() ? " %" : "";
        return Evaluation.decided(
                holds,
                figure,
                rule.op().lowerIsWorse(),
                named(rule.metric(), rule.member()) + " changed by " + signed(figure) + unit + " since run "
                        + baseline.runId() + " (" + number(before) + " to " + number(after)
                        + "); the alert's bound is " + rule.op().symbol() + " " + signed(rule.value()) + unit,
                figures);
    }

    static Evaluation scoreDrop(AlertSpec alert, Quality rule, AlertInput input) {
        Map<String, Object> figures = new LinkedHashMap<>();
        Optional<Comparison> comparison = input.comparable();
        Optional<MetricChange> score = comparison.flatMap(c -> c.metric(RuleEvaluator.SCORE_KEY));
        if (score.isEmpty() || score.get().before() == null || score.get().after() == null) {
            return Evaluation.undecided(
                    comparison.isEmpty() ? input.noComparison() : "the previous run has no quality score", figures);
        }
        Baseline baseline = Baseline.of(input, alert, comparison.get());
        double before = baseline.number("score_before").orElse(score.get().before());
        double after = score.get().after();
        double drop = (before - after) * 100;
        figures.put("baseline_run_id", baseline.runId());
        figures.put("score_before", before);
        figures.put("score_after", after);
        figures.put("drop_points", drop);
        figures.put("bound", rule.scoreDrop());
        boolean holds = drop > rule.scoreDrop();
        return Evaluation.decided(
                holds,
                drop,
                false,
                "the quality score went from " + points(before) + " to " + points(after) + " of 100 since run "
                        + baseline.runId() + "; the bound is a drop of more than " + number(rule.scoreDrop())
                        + " points",
                figures);
    }

    /**
     * The checks that fail now and passed in the previous run, with those the alert already carried while they keep
     * failing: a check that went on failing keeps the alert ongoing until it passes.
     */
    static Evaluation failingChecks(AlertSpec alert, AlertInput input) {
        Map<String, Object> figures = new LinkedHashMap<>();
        Optional<Comparison> comparison = input.comparable();
        if (comparison.isEmpty()) {
            return Evaluation.undecided(input.noComparison(), figures);
        }
        Set<String> failingNow = new LinkedHashSet<>();
        for (JsonNode check : input.quality().path("checks")) {
            if (!check.path("passed").asBoolean(true)) {
                failingNow.add(check.path("id").asText());
            }
        }
        Set<String> carried = new LinkedHashSet<>();
        for (JsonNode id : input.previous(alert.name()).path("figures").path("checks")) {
            carried.add(id.asText());
        }
        Set<String> failing = new LinkedHashSet<>();
        if (comparison.get().checks() != null) {
            failing.addAll(comparison.get().checks().newlyFailing());
        }
        carried.stream().filter(failingNow::contains).forEach(failing::add);
        figures.put("previous_run_id", comparison.get().previousRunId());
        figures.put("checks", new ArrayList<>(failing));
        figures.put("count", failing.size());
        boolean holds = !failing.isEmpty();
        return Evaluation.decided(
                holds,
                (double) failing.size(),
                false,
                holds
                        ? failing.size() + (failing.size() == 1 ? " check fails" : " checks fail")
                                + " that passed before run " + comparison.get().previousRunId() + " or since: "
                                + String.join(", ", failing)
                        : "no check fails that passed in run "
                                + comparison.get().previousRunId(),
                figures);
    }

    static Evaluation volume(AlertSpec alert, Volume rule, AlertInput input) {
        Map<String, Object> figures = new LinkedHashMap<>();
        Optional<Comparison> comparison = input.comparable();
        if (comparison.isEmpty()) {
            return Evaluation.undecided(input.noComparison(), figures);
        }
        Baseline baseline = Baseline.of(input, alert, comparison.get());
        List<Map<String, Object>> sources = new ArrayList<>();
        String worst = null;
        double worstDrop = Double.NEGATIVE_INFINITY;
        for (SourceRows rows : comparison.get().rowsPerSource()) {
            if (rule.source() != null && !rule.source().equals(rows.source())) {
                continue;
            }
            if (rows.beforeRowsIn() == null || rows.afterRowsIn() == null) {
                continue;
            }
            long before = baseline.sourceRows(rows.source()).orElse(rows.beforeRowsIn());
            if (before == 0) {
                continue;
            }
            double drop = (before - rows.afterRowsIn()) * 100.0 / before;
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("source", rows.source());
            source.put("rows_before", before);
            source.put("rows_after", rows.afterRowsIn());
            source.put("drop_percent", drop);
            sources.add(source);
            if (drop > worstDrop) {
                worstDrop = drop;
                worst = rows.source();
            }
        }
        if (worst == null) {
            return Evaluation.undecided(
                    rule.source() == null
                            ? "no source was read in both this run and the previous one"
                            : "source " + rule.source() + " was not read in both this run and the previous one",
                    figures);
        }
        figures.put("baseline_run_id", baseline.runId());
        figures.put("sources", sources);
        figures.put("bound", rule.dropPercent());
        boolean holds = worstDrop > rule.dropPercent();
        return Evaluation.decided(
                holds,
                worstDrop,
                false,
                (worstDrop > 0
                                ? "the rows of " + worst + " fell by " + number(worstDrop) + " %"
                                : "no source's rows fell")
                        + " since run " + baseline.runId() + "; the bound is a fall of more than "
                        + number(rule.dropPercent()) + " %",
                figures);
    }
}
