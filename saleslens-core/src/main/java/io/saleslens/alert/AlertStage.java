package io.saleslens.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.compare.Comparison;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.AlertSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLocations;
import io.saleslens.stage.PublishedRun;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the spec's alerts and the shipped defaults on the run's figures and its comparison with the previous
 * run, decides from the previous run's alerts.json which are sent, writes alerts.json and hands the {@link Alerts} on
 * to the notifications. Runs after the compare stage.
 */
public final class AlertStage implements Stage {
    private final MetricHistory history;
    private final RuleEvaluator evaluator;

    /** Alerts whose anomaly rules read the given history. */
    public AlertStage(MetricHistory history) {
        this.history = history;
        this.evaluator = new RuleEvaluator(MetricCatalogue.standard());
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public StageResult run(RunContext context) {
        checkSpec(context.spec(), context.specLocations());
        List<AlertSpec> evaluated = ShippedAlerts.withSpec(context.spec().alerts());
        JsonNode previousAlerts =
                context.previousRun().map(PublishedRun::alerts).orElse(MissingNode.getInstance());
        AlertInput input = new AlertInput(
                context.spec().name(),
                context.runId().startedAt().toLocalDate(),
                context.metrics(),
                context.quality(),
                context.find(Comparison.class),
                previousAlerts,
                history);
        Map<String, Boolean> deliveredBefore = AlertDocument.deliveredByAlert(previousAlerts);
        List<AlertOutcome> outcomes = new ArrayList<>();
        for (AlertSpec alert : evaluated) {
            Evaluation evaluation = evaluator.evaluate(alert, input);
            JsonNode previous = input.previous(alert.name());
            boolean owed =
                    previous.path("sent").asBoolean(false) && Boolean.FALSE.equals(deliveredBefore.get(alert.name()));
            Suppression.Decision decision = Suppression.decide(evaluation, previous, alert.worseBy(), owed);
            outcomes.add(new AlertOutcome(
                    alert.name(),
                    alert.severity(),
                    alert.owner(),
                    ruleName(alert.rule().orElseThrow()),
                    decision.state(),
                    evaluation.message(),
                    evaluation.figure(),
                    decision.sentFigure(),
                    evaluation.figures(),
                    ShippedAlerts.defaults().contains(alert)));
        }
        Alerts alerts = new Alerts(context.runId().toString(), outcomes);
        AlertDocument.write(context.runDir(), alerts, List.of());
        return alerts;
    }

    /**
     * Refuses a spec alert that names a figure it cannot watch, with the spec file and line that names it; the front
     * door calls it before a run starts, so a mistyped key does not cost a whole run.
     */
    public static void checkSpec(DatasetSpec spec, SpecLocations locations) {
        RuleEvaluator evaluator = new RuleEvaluator(MetricCatalogue.standard());
        List<AlertSpec> alerts = spec.alerts();
        for (int i = 0; i < alerts.size(); i++) {
            try {
                evaluator.check(alerts.get(i));
            } catch (SalesLensException e) {
                throw new SalesLensException(
                        e.code(), locations.at("alerts[" + i + "].name") + ": " + e.getMessage(), e);
            }
        }
    }

    private static String ruleName(AlertSpec.Rule rule) {
        return rule.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
