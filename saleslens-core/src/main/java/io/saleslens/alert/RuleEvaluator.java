package io.saleslens.alert;

import static io.saleslens.alert.AlertWords.absent;
import static io.saleslens.alert.AlertWords.figures;
import static io.saleslens.alert.AlertWords.named;
import static io.saleslens.alert.AlertWords.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides one alert rule on one run's figures: the rules on this run's figures and its history here, those against an
 * earlier run in {@link SinceRules}.
 */
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
            return SinceRules.change(alert, change, input);
        }
        if (rule instanceof Anomaly anomaly) {
            return anomaly(alert, anomaly, input);
        }
        if (rule instanceof Quality quality) {
            return quality.scoreDrop() != null
                    ? SinceRules.scoreDrop(alert, quality, input)
                    : SinceRules.failingChecks(alert, input);
        }
        if (rule instanceof Freshness freshness) {
            return freshness(freshness, input);
        }
        return SinceRules.volume(alert, (Volume) rule, input);
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
                "the newest order is of " + newest + ", " + number(age) + (age == 1 ? " day" : " days")
                        + " before the run" + "; the bound is " + rule.days() + (rule.days() == 1 ? " day" : " days"),
                figures);
    }

    private Metric metric(AlertSpec alert, String key, String member) {
        Metric metric = catalogue
                .metric(key)
                .orElseThrow(() -> new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "alert '" + alert.name() + "': '" + key
                                + "' is not a key of the metric catalogue; docs/metrics.md"
                                + " lists them (such as totals.revenue or countries[country].revenue)"));
        if (metric.document() == io.saleslens.catalog.Document.USAGE) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "alert '" + alert.name() + "': " + key + " counts views of the site, not a figure of the data;"
                            + " alerts follow the keys of metrics.json and quality.json");
        }
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
        JsonNode document = switch (metric.document()) {
            case METRICS -> input.metrics();
            case QUALITY -> input.quality();
            // Page views are not run data; an alert on one finds no value and is not evaluated.
            case USAGE -> MissingNode.getInstance();
        };
        return metric.values(document).stream()
                .filter(v -> v.dimension().equals(Optional.ofNullable(member)))
                .map(MetricValue::number)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
