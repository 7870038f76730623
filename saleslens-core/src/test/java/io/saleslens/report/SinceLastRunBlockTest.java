package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.compare.CompareDocument;
import io.saleslens.compare.ComparedRun;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.RunComparer;
import io.saleslens.stage.InputFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Since the last run" block of every department: figures of the comparison only, the rest of the report kept. */
class SinceLastRunBlockTest {
    private static final String BLOCK = "(?s)## Since the last run\n\n.*?(?=## )";

    @Test
    void everyFigureOfTheBlockIsAValueOfCompareJsonAndTheRestOfTheReportIsUnchanged() {
        ReportInput plain = ReportFixtures.input();
        ObjectNode laterMetrics = plain.metrics().deepCopy();
        laterMetrics.set("countries", countries(2600.0, 2400.0));
        ObjectNode earlierMetrics = laterMetrics.deepCopy();
        ((ObjectNode) earlierMetrics.path("totals")).put("revenue", 5750.0).put("orders", 23);
        earlierMetrics.set("countries", countries(3350.0, 2400.0));
        ObjectNode earlierQuality = plain.quality().deepCopy();
        ((ObjectNode) earlierQuality.path("checks").get(1)).put("failed", 1);
        ((ObjectNode) earlierQuality.path("score")).put("overall", 0.96);
        Comparison comparison = RunComparer.standard()
                .compare(
                        new ComparedRun(
                                "20260123_101010_#11111111",
                                "20260123_101010_#11111111",
                                "fixture",
                                List.of(new InputFile("sales_details", "sales.csv", 10, "aaa")),
                                earlierMetrics,
                                earlierQuality),
                        new ComparedRun(
                                plain.runId(),
                                null,
                                "fixture",
                                List.of(new InputFile("sales_details", "sales.csv", 12, "bbb")),
                                laterMetrics,
                                plain.quality()));
        ReportInput compared = withComparison(plain, laterMetrics, Optional.of(comparison));
        ReportInput withoutComparison = withComparison(plain, laterMetrics, Optional.empty());
        NumberProvenance provenance = new NumberProvenance(
                plain.runId(),
                List.of(
                        laterMetrics,
                        plain.quality(),
                        ReportFixtures.json("[{'name': 'ingest', 'ms': 1234, 'rows': 60}]"),
                        CompareDocument.toJson(comparison)));
        // The block's own numbers must come from compare.json: without it, its changes have no source.
        NumberProvenance withoutCompareJson = new NumberProvenance(
                plain.runId(),
                List.of(
                        laterMetrics,
                        plain.quality(),
                        ReportFixtures.json("[{'name': 'ingest', 'ms': 1234, 'rows': 60}]"),
                        earlierMetrics,
                        earlierQuality));

        for (String department : DepartmentProfiles.SHIPPED) {
            DepartmentReport report = new DepartmentReport(ReportFixtures.shipped(department));
            String text = report.render(compared);
            assertThat(text)
                    .as(department)
                    .contains("Since the last run", "Compared with run `20260123_101010_#11111111`");
            assertThat(provenance.unsourced(text)).as(department).isEmpty();
            assertThat(withoutCompareJson.unsourced(text)).as(department).isNotEmpty();
            assertThat(text.replaceFirst(BLOCK, "")).as(department).isEqualTo(report.render(withoutComparison));
        }
    }

    @Test
    void theExecutiveSummaryLeadsWithTheChangesTheComparisonHolds() {
        ReportInput plain = ReportFixtures.input();
        ObjectNode earlierMetrics = plain.metrics().deepCopy();
        ((ObjectNode) earlierMetrics.path("totals")).put("revenue", 4000.0);
        Comparison comparison = RunComparer.standard()
                .compare(
                        new ComparedRun("earlier", "earlier", "fixture", List.of(), earlierMetrics, plain.quality()),
                        new ComparedRun(plain.runId(), null, "fixture", List.of(), plain.metrics(), plain.quality()));

        String executive = new DepartmentReport(ReportFixtures.shipped("executive"))
                .render(withComparison(plain, plain.metrics(), Optional.of(comparison)));

        // 5,000 against 4,000: +$1,000.00, +25.0%, good news for revenue.
        assertThat(executive)
                .startsWith("# EXECUTIVE SUMMARY\n\n## Since the last run\n\nCompared with run `earlier`")
                .contains("| `totals.revenue` | $4,000.00 | $5,000.00 | +$1,000.00 | +25.0% | favourable |");
    }

    @Test
    void aFirstRunSaysThereIsNothingToCompareWith() {
        ReportInput plain = ReportFixtures.input();
        Comparison nothing = RunComparer.standard()
                .nothingToCompare(
                        new ComparedRun(plain.runId(), null, "fixture", List.of(), plain.metrics(), plain.quality()),
                        "this is the first run in the output folder");

        String sales = new DepartmentReport(ReportFixtures.shipped("sales"))
                .render(withComparison(plain, plain.metrics(), Optional.of(nothing)));

        assertThat(sales)
                .contains(
                        "## Since the last run\n\nNothing to compare with: this is the first run in the output folder."
                                + "\n\n## Key Insights for Your Department");
    }

    private static ArrayNode countries(double australia, double canada) {
        ArrayNode countries = (ArrayNode) ReportFixtures.json("[]");
        countries.addObject().put("country", "Australia").put("revenue", australia);
        countries.addObject().put("country", "Canada").put("revenue", canada);
        return countries;
    }

    private static ReportInput withComparison(ReportInput input, JsonNode metrics, Optional<Comparison> comparison) {
        return new ReportInput(
                input.runId(),
                input.specName(),
                metrics,
                input.quality(),
                input.insights(),
                input.stageTimings(),
                input.dashboards(),
                comparison);
    }
}
