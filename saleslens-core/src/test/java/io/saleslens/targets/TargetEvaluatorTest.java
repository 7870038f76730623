package io.saleslens.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.TargetSpec;
import org.junit.jupiter.api.Test;

class TargetEvaluatorTest {
    private static final ObjectNode METRICS = MetricsFixture.metrics("2012-01-01", "2014-01-28");

    private static TargetResult evaluate(ObjectNode metrics, TargetSpec target) {
        return new TargetEvaluator(MetricCatalogue.standard(), metrics).evaluate(target);
    }

    @Test
    void aCompleteYearIsMetOrMissedByItsActualAgainstThePreviousYearAsBaseline() {
        double actual = MetricsFixture.sum(METRICS, "revenue", "2013");
        double baseline = MetricsFixture.sum(METRICS, "revenue", "2012");

        TargetResult missed = evaluate(METRICS, new TargetSpec("revenue", actual + 500, "year", "2013"));
        TargetResult met = evaluate(METRICS, new TargetSpec("revenue", actual, "year", "2013"));

        assertThat(missed.actual()).isEqualTo(actual);
        assertThat(missed.baseline()).isEqualTo(baseline);
        assertThat(missed.baselineOf()).isEqualTo("2012");
        assertThat(missed.gap()).isEqualTo(500.0);
        assertThat(missed.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(missed.projected()).isNull();
        assertThat(missed.elapsedDays()).isEqualTo(365);
        assertThat(missed.periodDays()).isEqualTo(365);
        assertThat(missed.periodStart()).isEqualTo("2013-01-01");
        assertThat(missed.periodEnd()).isEqualTo("2013-12-31");
        assertThat(met.status()).isEqualTo(TargetStatus.MET);
        assertThat(met.gap()).isZero();
    }

    @Test
    void aQuarterInProgressIsJudgedByStraightLinePace() {
        double actual = MetricsFixture.sum(METRICS, "orders", "2014-01");
        long projected = Math.round(actual * 90 / 28);

        TargetResult onTrack = evaluate(METRICS, new TargetSpec("orders", projected, "quarter", "2014-Q1"));
        TargetResult offTrack = evaluate(METRICS, new TargetSpec("orders", projected + 1, "quarter", "2014-Q1"));

        assertThat(onTrack.actual()).isEqualTo(actual);
        assertThat(onTrack.elapsedDays()).isEqualTo(28);
        assertThat(onTrack.periodDays()).isEqualTo(90);
        assertThat(onTrack.projected()).isEqualTo(projected);
        assertThat(onTrack.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(onTrack.gap()).isEqualTo(projected - actual);
        assertThat(onTrack.baseline()).isEqualTo(MetricsFixture.sum(METRICS, "orders", "2013-1"));
        assertThat(onTrack.baselineOf()).isEqualTo("2013-Q4");
        assertThat(offTrack.status()).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void withoutOfTheTargetIsForThePeriodHoldingTheNewestOrderDate() {
        TargetResult month = evaluate(METRICS, new TargetSpec("revenue", 1.0, "month", null));

        assertThat(month.of()).isEqualTo("2014-01");
        assertThat(month.baselineOf()).isEqualTo("2013-12");
        assertThat(month.baseline()).isEqualTo(MetricsFixture.sum(METRICS, "revenue", "2013-12"));
        assertThat(month.newestOrderDate()).isEqualTo("2014-01-28");
        assertThat(month.projected()).isEqualTo(MetricsFixture.sum(METRICS, "revenue", "2014-01") * 31 / 28, offset());
    }

    @Test
    void aBaselineTheDataDoesNotCoverIsLeftOutWithTheReason() {
        TargetResult first = evaluate(METRICS, new TargetSpec("revenue", 1.0, "year", "2012"));

        assertThat(first.baseline()).isNull();
        assertThat(first.baselineReason()).isEqualTo("the data starts 2012-01-01, after 2011 begins");
        assertThat(first.statusReason()).isNull();
    }

    @Test
    void aPeriodTheDataStartsInsideSaysItsActualCoversPartOfIt() {
        ObjectNode lateStart = MetricsFixture.metrics("2012-03-15", "2014-01-28");

        TargetResult result = evaluate(lateStart, new TargetSpec("revenue", 1.0, "year", "2012"));

        assertThat(result.status()).isEqualTo(TargetStatus.MET);
        assertThat(result.statusReason())
                .isEqualTo("the data starts 2012-03-15, after 2012 begins, so the actual covers part of it");
    }

    @Test
    void aPeriodAfterTheDataHasNotStarted() {
        TargetResult later = evaluate(METRICS, new TargetSpec("revenue", 1.0, "quarter", "2014-Q2"));

        assertThat(later.status()).isEqualTo(TargetStatus.NOT_STARTED);
        assertThat(later.statusReason()).isEqualTo("the data ends 2014-01-28, before 2014-Q2 begins");
        assertThat(later.actual()).isNull();
        assertThat(later.gap()).isNull();
        assertThat(later.baseline()).isNull();
        assertThat(later.baselineReason()).isEqualTo("the data ends 2014-01-28, before 2014-Q1 ends");
    }

    @Test
    void aSegmentTargetSumsThatSegmentsMonths() {
        double married = 0;
        for (var row : METRICS.path("segment_monthly").path("rows")) {
            if (row.path("segment").asText().equals("Married")
                    && row.path("month").asText().startsWith("2013")) {
                married += row.path("revenue").asDouble();
            }
        }

        TargetResult result = evaluate(METRICS, new TargetSpec("revenue", 1.0, "year", "2013", "Married", "sales"));

        assertThat(result.metric()).isEqualTo("segment_monthly.rows[segment,month].revenue");
        assertThat(result.actual()).isEqualTo(married, offset());
        assertThat(result.label()).isEqualTo("revenue (Married)");
        assertThat(result.owner()).isEqualTo("sales");
    }

    @Test
    void aSegmentThatIsNotAMemberOfTheRunIsRefusedNamingTheMembers() {
        assertThatThrownBy(() -> evaluate(METRICS, new TargetSpec("revenue", 1.0, "year", "2013", "M", null)))
                .isInstanceOf(SalesLensException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.SPEC_INVALID)
                .hasMessage("the target on segment_monthly.rows[segment,month].revenue names segment 'M', which is not"
                        + " a segment of marital_status in this run; use one of Married, Single");
        ObjectNode withoutSegments = MetricsFixture.metrics("2012-01-01", "2014-01-28");
        withoutSegments.remove("segment_monthly");
        assertThatThrownBy(() -> evaluate(withoutSegments, new TargetSpec("revenue", 1.0, "year", "2013", "M", null)))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("but the run has no segments: add segments:");
    }

    @Test
    void aFigureTheRunDoesNotWriteOrARunWithoutDatesIsNotMeasured() {
        TargetResult units = evaluate(METRICS, new TargetSpec("units", 1.0, "year", "2013"));
        ObjectNode undated = MetricsFixture.metrics("2012-01-01", "2014-01-28");
        ((ObjectNode) undated.path("totals")).remove("last_order_date");
        TargetResult noDates = evaluate(undated, new TargetSpec("revenue", 1.0, "year", null));

        assertThat(units.status()).isEqualTo(TargetStatus.NOT_MEASURED);
        assertThat(units.statusReason()).isEqualTo("the run does not write monthly[month].units for this data");
        assertThat(noDates.status()).isEqualTo(TargetStatus.NOT_MEASURED);
        assertThat(noDates.of()).isNull();
        assertThat(noDates.statusReason()).isEqualTo("the run has no dated orders");
    }

    private static org.assertj.core.data.Offset<Double> offset() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
