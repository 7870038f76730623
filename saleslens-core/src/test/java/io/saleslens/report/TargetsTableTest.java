package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.catalog.Unit;
import io.saleslens.targets.TargetResult;
import io.saleslens.targets.TargetResults;
import io.saleslens.targets.TargetStatus;
import io.saleslens.targets.TargetsDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTableTest {
    private static final TargetResult IN_PROGRESS = new TargetResult(
            "monthly[month].orders",
            null,
            "sales",
            Unit.COUNT,
            "quarter",
            "2014-Q1",
            "2014-01-01",
            "2014-03-31",
            2_500,
            871.0,
            6_410.0,
            "2013-Q4",
            null,
            1_629.0,
            "2014-01-28",
            28,
            90,
            2_800.0,
            TargetStatus.ON_TRACK,
            null);
    private static final TargetResult NO_BASELINE = new TargetResult(
            "segment_monthly.rows[segment,month].revenue",
            "Single",
            null,
            Unit.CURRENCY,
            "year",
            "2011",
            "2011-01-01",
            "2011-12-31",
            3_000_000,
            2_450_000.5,
            null,
            "2010",
            "the data starts 2010-12-29, after 2010 begins",
            549_999.5,
            "2014-01-28",
            365,
            365,
            null,
            TargetStatus.MISSED,
            null);
    private static final TargetResult NOT_STARTED = new TargetResult(
            "monthly[month].revenue",
            null,
            null,
            Unit.CURRENCY,
            "quarter",
            "2014-Q2",
            "2014-04-01",
            "2014-06-30",
            1_000_000,
            null,
            null,
            "2014-Q1",
            "the data ends 2014-01-28, before 2014-Q1 ends",
            null,
            "2014-01-28",
            0,
            91,
            null,
            TargetStatus.NOT_STARTED,
            "the data ends 2014-01-28, before 2014-Q2 begins");
    private static final List<TargetResult> TARGETS = List.of(IN_PROGRESS, NO_BASELINE, NOT_STARTED);

    private static String rendered(List<TargetResult> targets) {
        Markdown md = new Markdown();
        TargetsTable.render(md, targets);
        return md.toString();
    }

    @Test
    void showsBaselineActualTargetGapPaceAndStatusOfEachTarget() {
        assertThat(rendered(TARGETS))
                .contains("| Metric | Period | Baseline | Actual to date | Target | Gap | Projected (pace) | Status |")
                .contains("| orders | 2014-Q1 | 6,410 (2013-Q4) | 871 | 2,500 | 1,629 | 2,800 (28 of 90 days) |"
                        + " **on track** |")
                .contains("| revenue (Single) | 2011 | none: the data starts 2010-12-29, after 2010 begins |"
                        + " $2.45M | $3.00M | $550,000 | period complete | **missed** |")
                .contains("| revenue | 2014-Q2 | none: the data ends 2014-01-28, before 2014-Q1 ends | — | $1.00M | — |"
                        + " — | **not started**: the data ends 2014-01-28, before 2014-Q2 begins |");
    }

    @Test
    void saysThatPaceIsStraightLineToTheNewestOrderDate() {
        assertThat(rendered(TARGETS))
                .contains("Projected (pace) is straight-line pace from the period start to the newest order date"
                        + " (2014-01-28)");
    }

    @Test
    void writesNothingWithoutTargets() {
        assertThat(rendered(List.of())).isEmpty();
    }

    @Test
    void everyNumberIsAValueOfTargetsJson() {
        NumberProvenance provenance =
                new NumberProvenance("run", List.of(TargetsDocument.toJson(new TargetResults(TARGETS))));

        assertThat(provenance.unsourced(rendered(TARGETS))).isEmpty();
    }

    @Test
    void aDepartmentSeesItsOwnTargetsAndThoseWithoutOwner() {
        String finance = new DepartmentReport(ReportFixtures.shipped("finance"))
                .render(withTargets(ReportFixtures.input(), TARGETS));

        assertThat(finance)
                .contains("| revenue (Single) | 2011 |", "| revenue | 2014-Q2 |")
                .doesNotContain("| orders | 2014-Q1 |");
        assertThat(finance.indexOf("**Targets**"))
                .isGreaterThan(finance.indexOf("## Success Metrics"))
                .isLessThan(finance.indexOf("## Risks & Dependencies"));
    }

    private static ReportInput withTargets(ReportInput input, List<TargetResult> targets) {
        return new ReportInput(
                input.runId(),
                input.specName(),
                input.metrics(),
                input.quality(),
                input.insights(),
                input.stageTimings(),
                input.dashboards(),
                input.comparison(),
                targets);
    }
}
