package io.saleslens.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.compare.ComparedRun;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.RunComparer;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.AlertSeverity;
import io.saleslens.spec.AlertSpec;
import io.saleslens.spec.ComparisonOperator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEFORE_METRICS = "{'totals': {'revenue': 1000.0, 'orders': 50,"
            + " 'last_order_date': '2024-03-01'},"
            + " 'countries': [{'country': 'Australia', 'revenue': 600.0}, {'country': 'Canada', 'revenue': 400.0}]}";
    private static final String AFTER_METRICS = "{'totals': {'revenue': 970.0, 'orders': 50,"
            + " 'last_order_date': '2024-03-02'},"
            + " 'countries': [{'country': 'Australia', 'revenue': 560.0}, {'country': 'Canada', 'revenue': 410.0}]}";
    private static final String BEFORE_QUALITY = "{'score': {'overall': 0.95}, 'checks': ["
            + "{'id': 'a.unique', 'passed': true, 'failed': 0, 'total': 100},"
            + "{'id': 'b.not_null', 'passed': false, 'failed': 2, 'total': 100}],"
            + " 'row_accounting': {'orders': {'rows_in': 1000, 'rows_out': 1000, 'quarantined': 0,"
            + " 'duplicates_merged': 0}, 'customers': {'rows_in': 200, 'rows_out': 200, 'quarantined': 0,"
            + " 'duplicates_merged': 0}}}";
    private static final String AFTER_QUALITY = "{'score': {'overall': 0.88}, 'checks': ["
            + "{'id': 'a.unique', 'passed': false, 'failed': 7, 'total': 100},"
            + "{'id': 'b.not_null', 'passed': false, 'failed': 2, 'total': 100}],"
            + " 'row_accounting': {'orders': {'rows_in': 700, 'rows_out': 700, 'quarantined': 0,"
            + " 'duplicates_merged': 0}, 'customers': {'rows_in': 190, 'rows_out': 190, 'quarantined': 0,"
            + " 'duplicates_merged': 0}}}";

    private final RuleEvaluator evaluator = new RuleEvaluator(MetricCatalogue.standard());
    private final Comparison comparison = RunComparer.standard()
            .compare(run("run-1", BEFORE_METRICS, BEFORE_QUALITY), run("run-2", AFTER_METRICS, AFTER_QUALITY));

    @Test
    void aThresholdComparesTheFigureOfTheRunOrOfOneMember() {
        Evaluation total =
                evaluate(alert(new AlertSpec.Threshold("totals.revenue", null, ComparisonOperator.BELOW, 975.0)));
        assertThat(total.holds()).isTrue();
        assertThat(total.figure()).isEqualTo(970.0);
        assertThat(total.message()).contains("totals.revenue is 970", "< 975");
        Evaluation canada = evaluate(alert(
                new AlertSpec.Threshold("countries[country].revenue", "Canada", ComparisonOperator.BELOW, 400.0)));
        assertThat(canada.holds()).isFalse();
        assertThat(canada.figure()).isEqualTo(410.0);
        Evaluation absent = evaluate(
                alert(new AlertSpec.Threshold("countries[country].revenue", "France", ComparisonOperator.BELOW, 1.0)));
        assertThat(absent.evaluated()).isFalse();
        assertThat(absent.message()).contains("no value of countries[country].revenue for France");
    }

    @Test
    void aChangeInPercentIsTheChangeSinceThePreviousRunOverItsValue() {
        // (970 - 1000) / 1000 = -3 %.
        Evaluation fall =
                evaluate(alert(new AlertSpec.Change("totals.revenue", null, ComparisonOperator.BELOW, -2.0, null)));
        assertThat(fall.holds()).isTrue();
        assertThat(fall.figure()).isCloseTo(-3.0, within(1e-9));
        assertThat(fall.lowerIsWorse()).isTrue();
        assertThat(fall.figures()).containsEntry("before", 1000.0).containsEntry("after", 970.0);
        assertThat(fall.message()).contains("changed by -3 %", "since run run-1", "1,000 to 970");
        // Australia: 560 - 600 = -40 in its unit.
        Evaluation australia = evaluate(alert(new AlertSpec.Change(
                "countries[country].revenue", "Australia", ComparisonOperator.AT_MOST, -50.0, "absolute")));
        assertThat(australia.holds()).isFalse();
        assertThat(australia.figure()).isEqualTo(-40.0);
    }

    @Test
    void whileTheAlertHoldsTheChangeIsMeasuredFromTheRunItFiredOn() {
        // The alert fired against run-0, when revenue was 1100; now 970: (970 - 1100) / 1100 = -11.818 %.
        JsonNode previousAlerts = json("{'alerts': [{'name': 'checks', 'state': 'ongoing',"
                + " 'figures': {'baseline_run_id': 'run-0', 'before': 1100.0, 'score_before': 0.99,"
                + " 'sources': [{'source': 'orders', 'rows_before': 2000}]}}]}");
        AlertInput input = input(Optional.of(comparison), previousAlerts, MetricHistory.NONE);
        Evaluation fall = evaluator.evaluate(
                alert(new AlertSpec.Change("totals.revenue", null, ComparisonOperator.BELOW, -2.0, null)), input);
        assertThat(fall.figure()).isCloseTo((970.0 - 1100.0) / 1100.0 * 100, within(1e-9));
        assertThat(fall.figures()).containsEntry("baseline_run_id", "run-0").containsEntry("before", 1100.0);
        assertThat(fall.message()).contains("since run run-0");
        // The score from 0.99 to 0.88: 11 points; orders from 2000 rows to 700: 65 %.
        assertThat(evaluator
                        .evaluate(alert(new AlertSpec.Quality(5.0, null)), input)
                        .figure())
                .isCloseTo(11.0, within(1e-9));
        assertThat(evaluator
                        .evaluate(alert(new AlertSpec.Volume("orders", 20.0)), input)
                        .figure())
                .isCloseTo(65.0, within(1e-9));
        // A previous outcome that no longer held does not carry its baseline: the previous run is the baseline.
        JsonNode cleared = json("{'alerts': [{'name': 'checks', 'state': 'cleared',"
                + " 'figures': {'baseline_run_id': 'run-0', 'before': 1100.0}}]}");
        assertThat(evaluator
                        .evaluate(
                                alert(new AlertSpec.Change(
                                        "totals.revenue", null, ComparisonOperator.BELOW, -2.0, null)),
                                input(Optional.of(comparison), cleared, MetricHistory.NONE))
                        .figure())
                .isCloseTo(-3.0, within(1e-9));
    }

    @Test
    void aRuleThatNeedsThePreviousRunSaysWhyItHasNone() {
        Comparison first = RunComparer.standard()
                .nothingToCompare(run("run-1", BEFORE_METRICS, BEFORE_QUALITY), "this is the first run");
        AlertInput input = input(Optional.of(first), MissingNode.getInstance(), MetricHistory.NONE);
        Evaluation change = evaluator.evaluate(
                alert(new AlertSpec.Change("totals.revenue", null, ComparisonOperator.BELOW, -2.0, null)), input);
        assertThat(change.evaluated()).isFalse();
        assertThat(change.message()).isEqualTo("nothing to compare with: this is the first run");
        assertThat(evaluator
                        .evaluate(alert(new AlertSpec.Volume(null, 20.0)), input)
                        .evaluated())
                .isFalse();
    }

    @Test
    void theQualityScoreDropIsInPointsOfAHundred() {
        // 0.95 - 0.88 = 7 points.
        Evaluation drop = evaluate(alert(new AlertSpec.Quality(5.0, null)));
        assertThat(drop.holds()).isTrue();
        assertThat(drop.figure()).isCloseTo(7.0, within(1e-9));
        assertThat(evaluate(alert(new AlertSpec.Quality(7.5, null))).holds()).isFalse();
    }

    @Test
    void aCheckThatStartsFailingHoldsTheAlertUntilItPasses() {
        AlertSpec alert = alert(new AlertSpec.Quality(null, true));
        Evaluation newly = evaluate(alert);
        assertThat(newly.holds()).isTrue();
        assertThat(newly.figures()).containsEntry("checks", List.of("a.unique"));
        assertThat(newly.message()).contains("1 check fails", "a.unique");
        // The next run: a.unique failed in both runs, so it is not new, but the alert carried it and it still fails.
        Comparison again = RunComparer.standard()
                .compare(run("run-2", AFTER_METRICS, AFTER_QUALITY), run("run-3", AFTER_METRICS, AFTER_QUALITY));
        JsonNode previousAlerts =
                json("{'alerts': [{'name': 'checks', 'state': 'fired'," + " 'figures': {'checks': ['a.unique']}}]}");
        Evaluation still = evaluator.evaluate(
                alert,
                new AlertInput(
                        "orders",
                        RUN_DATE,
                        json(AFTER_METRICS),
                        json(AFTER_QUALITY),
                        Optional.of(again),
                        previousAlerts,
                        MetricHistory.NONE));
        assertThat(still.holds()).isTrue();
        assertThat(still.figures()).containsEntry("checks", List.of("a.unique"));
        // b.not_null failed in both runs and was never carried: it does not hold the alert.
        assertThat(still.figures().get("checks")).asList().doesNotContain("b.not_null");
    }

    @Test
    void freshnessIsTheAgeOfTheNewestOrderOnTheDayTheRunStarted() {
        // 2024-03-02 to 2024-03-12: 10 days.
        Evaluation stale = evaluate(alert(new AlertSpec.Freshness(7)));
        assertThat(stale.holds()).isTrue();
        assertThat(stale.figure()).isEqualTo(10.0);
        assertThat(evaluate(alert(new AlertSpec.Freshness(10))).holds()).isFalse();
    }

    @Test
    void volumeIsTheLargestFallOfASourcesRowsRead() {
        // orders: 1000 to 700 (-30 %); customers: 200 to 190 (-5 %).
        Evaluation fall = evaluate(alert(new AlertSpec.Volume(null, 20.0)));
        assertThat(fall.holds()).isTrue();
        assertThat(fall.figure()).isCloseTo(30.0, within(1e-9));
        assertThat(fall.message()).contains("the rows of orders fell by 30 %");
        assertThat(evaluate(alert(new AlertSpec.Volume("customers", 20.0))).holds())
                .isFalse();
    }

    @Test
    void anAnomalyNeedsFiveEarlierRunsAndSaysHowManyItHas() {
        AlertSpec alert = alert(new AlertSpec.Anomaly("totals.revenue", null, null));
        MetricHistory four = (dataset, key, runs) -> List.of(1000.0, 1010.0, 990.0, 1000.0);
        Evaluation few = evaluator.evaluate(alert, input(Optional.of(comparison), MissingNode.getInstance(), four));
        assertThat(few.evaluated()).isFalse();
        assertThat(few.message()).contains("at least 5 earlier runs", "it has 4");
        // Median 1000, deviations 0, 10, 10, 0, 5: MAD 5; 0.6745 x (970 - 1000) / 5 = -4.047.
        MetricHistory five = (dataset, key, runs) -> List.of(1000.0, 1010.0, 990.0, 1000.0, 1005.0);
        Evaluation anomaly = evaluator.evaluate(alert, input(Optional.of(comparison), MissingNode.getInstance(), five));
        assertThat(anomaly.holds()).isTrue();
        assertThat(anomaly.figure()).isCloseTo(4.047, within(1e-9));
        assertThat(anomaly.figures()).containsEntry("median", 1000.0).containsEntry("mad", 5.0);
    }

    @Test
    void aFigureTheCatalogueDoesNotListOrAMissingMemberIsASpecError() {
        assertThatThrownBy(() -> evaluator.check(
                        alert(new AlertSpec.Threshold("totals.turnover", null, ComparisonOperator.BELOW, 1.0))))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("'totals.turnover' is not a key of the metric catalogue")
                .satisfies(e -> assertThat(((SalesLensException) e).code()).isEqualTo(ErrorCode.SPEC_INVALID));
        assertThatThrownBy(() -> evaluator.check(alert(new AlertSpec.Threshold(
                        "site_views.dashboards_and_reports", null, ComparisonOperator.BELOW, 1.0))))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining(
                        "site_views.dashboards_and_reports counts views of the site, not a figure of the" + " data");
        assertThatThrownBy(() -> evaluator.check(alert(
                        new AlertSpec.Threshold("countries[country].revenue", null, ComparisonOperator.BELOW, 1.0))))
                .hasMessageContaining("has one value per country; write 'member:'");
    }

    private static final LocalDate RUN_DATE = LocalDate.parse("2024-03-12");

    private Evaluation evaluate(AlertSpec alert) {
        return evaluator.evaluate(alert, input(Optional.of(comparison), MissingNode.getInstance(), MetricHistory.NONE));
    }

    private static AlertInput input(Optional<Comparison> comparison, JsonNode previous, MetricHistory history) {
        return new AlertInput(
                "orders", RUN_DATE, json(AFTER_METRICS), json(AFTER_QUALITY), comparison, previous, history);
    }

    private static AlertSpec alert(AlertSpec.Rule rule) {
        return AlertSpec.of("checks", AlertSeverity.CRITICAL, "sales", null, rule);
    }

    private static ComparedRun run(String id, String metrics, String quality) {
        return new ComparedRun(id, id, "orders", List.of(), json(metrics), json(quality));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
