package io.saleslens.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Document;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.Comparison.SourceRows;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.AlertSpec;
import io.saleslens.spec.AlertSpec.Anomaly;
import io.saleslens.spec.AlertSpec.Change;
import io.saleslens.spec.AlertSpec.Freshness;
import io.saleslens.spec.AlertSpec.Quality;
import io.saleslens.spec.AlertSpec.Threshold;
import io.saleslens.spec.AlertSpec.Volume;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Decides one alert rule on one run's figures. */
final class RuleEvaluator {
    static final String SCORE_KEY = "score.overall";
    static final String NEWEST_ORDER_KEY = "totals.last_order_date";

    private final MetricCatalogue catalogue;

    RuleEvaluator(MetricCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Refuses, before any alert is evaluated, a rule that names a figure the catalogue does not list or one that
     * needs a member it was not given.
     */
    void check(AlertSpec alert) {
        alert.rule().ifPresent(rule -> {
            if (rule instanceof Threshold threshold) {
                metric(alert, threshold.metric(), threshold.member());
            } else if (rule instanceof Change change) {
                metric(alert, change.metric(), change.member());
            } else if (rule instanceof Anomaly anomaly) {
                metric(alert, anomaly.metric(), null);
            }
        });
    }

    Evaluation evaluate(AlertSpec alert, AlertInput input) {
        AlertSpec.Rule rule = alert.rule().orElseThrow();
        if (rule instanceof Threshold threshold) {
            return threshold(alert, threshold, input);
        }
        if (rule instanceof Change change) {
            return change(alert, change, input);
        }
        if (rule instanceof Anomaly anomaly) {
            return anomaly(alert, anomaly, input);
        }
        if (rule instanceof Quality quality) {
            return quality.scoreDrop() != null ? scoreDrop(alert, quality, input) : failingChecks(alert, input);
        }
        if (rule instanceof Freshness freshness) {
            return freshness(freshness, input);
        }
        return volume(alert, (Volume) rule, input);
    }

    private Evaluation threshold(AlertSpec alert, Threshold rule, AlertInput input) {
        Metric metric = metric(alert, rule.metric(), rule.member());
        Map<String, Object> figures = figures("metric", rule.metric(), "member", rule.member());
        Optional<Double> value = value(metric, rule.member(), input);
        if (value.isEmpty()) {
            return Evaluation.undecided(absent(rule.metric(), rule.member()), figures);
        }
        double figure = value.get();
        figures.put("value", figure);
        figures.put("op", rule.op().symbol());
        figures.put("bound", rule.value());
        boolean holds = rule.op().holds(figure, rule.value());
        return Evaluation.decided(
                holds,
                figure,
                rule.op().lowerIsWorse(),
                named(rule.metric(), rule.member()) + " is " + number(figure) + "; the alert's bound is "
                        + rule.op().symbol() + " " + number(rule.value()),
                figures);
    }

    /**
     * The change since the baseline: the previous run, or, while the alert holds, the run it was measured from when it
     * fired, so that a fall that stays is still a fall (ongoing) and clears only when the figure comes back.
     */
    private Evaluation change(AlertSpec alert, Change rule, AlertInput input) {
        metric(alert, rule.metric(), rule.member());
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

    private Evaluation anomaly(AlertSpec alert, Anomaly rule, AlertInput input) {
        Metric metric = metric(alert, rule.metric(), null);
        Map<String, Object> figures = figures("metric", rule.metric(), "member", null);
        Optional<Double> value = value(metric, null, input);
        if (value.isEmpty()) {
            return Evaluation.undecided(absent(rule.metric(), null), figures);
        }
        List<Double> earlier = input.history().lastValues(input.dataset(), rule.metric(), rule.runs());
        figures.put("value", value.get());
        figures.put("runs", earlier.size());
        if (earlier.size() < AlertSpec.LEAST_ANOMALY_RUNS) {
            return Evaluation.undecided(
                    "an anomaly needs at least " + AlertSpec.LEAST_ANOMALY_RUNS + " earlier runs of dataset "
                            + input.dataset() + " in history; it has " + earlier.size(),
                    figures);
        }
        RobustScore score = RobustScore.of(earlier, value.get());
        figures.put("median", score.median());
        figures.put("mad", score.mad());
        figures.put("z", score.z());
        figures.put("bound", rule.z());
        boolean holds =
                score.z() == null ? value.get().doubleValue() != score.median() : Math.abs(score.z()) > rule.z();
        String how = score.z() == null
                ? "every one of the last " + earlier.size() + " runs had " + number(score.median())
                : "robust z-score " + number(score.z()) + " against the median " + number(score.median()) + " and MAD "
                        + number(score.mad()) + " of the last " + earlier.size() + " runs";
        return Evaluation.decided(
                holds,
                score.z() == null ? null : Math.abs(score.z()),
                false,
                rule.metric() + " is " + number(value.get()) + ": " + how + "; the bound is |z| > " + number(rule.z()),
                figures);
    }

    private Evaluation scoreDrop(AlertSpec alert, Quality rule, AlertInput input) {
        Map<String, Object> figures = new LinkedHashMap<>();
        Optional<Comparison> comparison = input.comparable();
        Optional<MetricChange> score = comparison.flatMap(c -> c.metric(SCORE_KEY));
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
    private Evaluation failingChecks(AlertSpec alert, AlertInput input) {
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

    private Evaluation freshness(Freshness rule, AlertInput input) {
        Map<String, Object> figures = new LinkedHashMap<>();
        String newest = input.metrics().at("/totals/last_order_date").asText("");
        LocalDate date;
        try {
            date = LocalDate.parse(newest);
        } catch (DateTimeParseException e) {
            return Evaluation.undecided("the run has no dated order (" + NEWEST_ORDER_KEY + ")", figures);
        }
        long age = ChronoUnit.DAYS.between(date, input.runDate());
        figures.put("newest_order_date", newest);
        figures.put("run_date", input.runDate().toString());
        figures.put("age_days", age);
        figures.put("bound", rule.days());
        boolean holds = age > rule.days();
        return Evaluation.decided(
                holds,
                (double) age,
                false,
                "the newest order is of " + newest + ", " + age + (age == 1 ? " day" : " days") + " before the run"
                        + "; the bound is " + rule.days() + (rule.days() == 1 ? " day" : " days"),
                figures);
    }

    private Evaluation volume(AlertSpec alert, Volume rule, AlertInput input) {
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

    private Metric metric(AlertSpec alert, String key, String member) {
        Metric metric = catalogue
                .metric(key)
                .orElseThrow(() -> new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "alert '" + alert.name() + "': '" + key + "' is not a key of the metric catalogue; the README's"
                                + " metric tables list them (such as totals.revenue or countries[country].revenue)"));
        if (metric.unit() == io.saleslens.catalog.Unit.DATE) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "alert '" + alert.name() + "': " + key + " is a date; for the age of the newest order use a"
                            + " freshness rule");
        }
        if (metric.grain() != Grain.RUN && member == null) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "alert '" + alert.name() + "': " + key + " has one value per "
                            + metric.grain().name().toLowerCase(Locale.ROOT) + "; write 'member:' with the one to"
                            + " watch (such as member: Australia)");
        }
        if (metric.grain() == Grain.RUN && member != null) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "alert '" + alert.name() + "': " + key + " is a figure of the whole run; remove 'member: " + member
                            + "'");
        }
        return metric;
    }

    private static Optional<Double> value(Metric metric, String member, AlertInput input) {
        JsonNode document = metric.document() == Document.QUALITY ? input.quality() : input.metrics();
        return metric.values(document).stream()
                .filter(v -> v.dimension().equals(Optional.ofNullable(member)))
                .map(MetricValue::number)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static Map<String, Object> figures(String keyName, String key, String memberName, String member) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(keyName, key);
        if (member != null) {
            figures.put(memberName, member);
        }
        return figures;
    }

    private static String absent(String key, String member) {
        return "the run has no value of " + named(key, member);
    }

    private static String named(String key, String member) {
        return member == null ? key : key + " for " + member;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    private static String points(double score) {
        return String.format(Locale.ROOT, "%.1f", score * 100);
    }
}
