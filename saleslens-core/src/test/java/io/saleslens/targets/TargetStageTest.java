package io.saleslens.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.report.Figures;
import io.saleslens.report.SampleRun;
import io.saleslens.spec.Presets;
import io.saleslens.spec.TargetSpec;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.RunId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target stage on the sample (examples/crm-erp, orders from 2010-12-29 to 2014-01-28) with the targets of
 * {@link SampleRun#TARGETS}; the expected figures are summed here from metrics.json's monthly rows.
 */
class TargetStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String name) throws IOException {
        return JSON.readTree(SampleRun.result().runDir().resolve(name).toFile());
    }

    private static double monthlySum(JsonNode rows, String field, String monthPrefix, String segment) {
        double total = 0;
        for (JsonNode row : rows) {
            if (row.path("month").asText().startsWith(monthPrefix)
                    && (segment == null || row.path("segment").asText().equals(segment))) {
                total += row.path(field).asDouble();
            }
        }
        return total;
    }

    private static String report(String department) throws IOException {
        return Files.readString(SampleRun.result().runDir().resolve("reports").resolve(department + ".md"));
    }

    @Test
    void a2013RevenueTargetOnTheSampleShowsGapAndStatusInTheSalesAndExecutiveReports() throws IOException {
        JsonNode monthly = document("metrics.json").path("monthly");
        double actual = monthlySum(monthly, "revenue", "2013", null);
        double baseline = monthlySum(monthly, "revenue", "2012", null);
        JsonNode target = document(TargetsDocument.FILE_NAME).path("targets").get(0);

        assertThat(target.path("metric").asText()).isEqualTo("monthly[month].revenue");
        assertThat(target.path("of").asText()).isEqualTo("2013");
        assertThat(target.path("actual").asDouble()).isEqualTo(actual);
        assertThat(target.path("baseline").asDouble()).isEqualTo(baseline);
        assertThat(target.path("gap").asDouble()).isEqualTo(20_000_000 - actual);
        assertThat(target.path("status").asText()).isEqualTo("missed");
        String row = "| revenue | 2013 | " + Figures.money(baseline) + " (2012) | " + Figures.money(actual) + " | "
                + Figures.money(20_000_000) + " | " + Figures.money(20_000_000 - actual)
                + " | period complete | **missed** |";
        assertThat(report("sales")).contains("**Targets**", row);
        assertThat(report("executive"))
                .contains(row, "straight-line pace from the period start to the newest order date (2014-01-28)")
                .doesNotContain("| orders | 2014-Q1 |", "revenue (Married)");
    }

    @Test
    void aQuarterInProgressShowsItsStraightLinePaceAndWhetherItIsOnTrack() throws IOException {
        double actual = monthlySum(document("metrics.json").path("monthly"), "orders", "2014-01", null);
        long projected = Math.round(actual * 90 / 28);
        JsonNode target = document(TargetsDocument.FILE_NAME).path("targets").get(1);

        assertThat(target.path("actual").asDouble()).isEqualTo(actual);
        assertThat(target.path("elapsed_days").asLong()).isEqualTo(28);
        assertThat(target.path("period_days").asLong()).isEqualTo(90);
        assertThat(target.path("projected").asDouble()).isEqualTo(projected);
        assertThat(target.path("status").asText()).isEqualTo(projected >= 2_500 ? "on track" : "off track");
        assertThat(report("sales"))
                .contains(
                        "| orders | 2014-Q1 | ",
                        " | " + Figures.count(projected) + " (28 of 90 days) | **on track** |");
    }

    @Test
    void aSegmentTargetSumsTheSegmentsMonthsAndAMonthTargetDefaultsToTheNewestOrdersMonth() throws IOException {
        JsonNode segmentRows = document("metrics.json").path("segment_monthly").path("rows");
        double married = monthlySum(segmentRows, "revenue", "2013", "Married");
        JsonNode targets = document(TargetsDocument.FILE_NAME).path("targets");

        assertThat(targets.get(2).path("segment").asText()).isEqualTo("Married");
        assertThat(targets.get(2).path("actual").asDouble()).isEqualTo(married);
        assertThat(targets.get(2).path("status").asText()).isEqualTo(married >= 8_000_000 ? "met" : "missed");
        assertThat(report("sales")).contains("| revenue (Married) | 2013 | ");
        assertThat(targets.get(3).path("of").asText()).isEqualTo("2014-01");
        assertThat(report("finance")).contains("| revenue | 2014-01 | ");
        assertThat(report("sales")).doesNotContain("| revenue | 2014-01 | ");
    }

    @Test
    void aSpecWithoutTargetsWritesNoTargetsDocument(@TempDir Path runDir) {
        RunContext context = context(Presets.load("crm-erp").targets(), runDir);

        TargetResults results = (TargetResults) new TargetStage().run(context);

        assertThat(results.targets()).isEmpty();
        assertThat(runDir.resolve(TargetsDocument.FILE_NAME)).doesNotExist();
    }

    @Test
    void theStageReadsTheMetricsDocumentOfTheRunContext(@TempDir Path runDir) {
        RunContext context = context(List.of(new TargetSpec("revenue", 1_000.0, "year", "2013")), runDir);
        context.metrics().setAll(MetricsFixture.metrics("2012-01-01", "2014-01-28"));

        TargetResults results = (TargetResults) new TargetStage().run(context);

        assertThat(results.rows()).isEqualTo(1);
        assertThat(results.targets().get(0).actual())
                .isEqualTo(MetricsFixture.sum(context.metrics(), "revenue", "2013"));
        assertThat(runDir.resolve(TargetsDocument.FILE_NAME)).exists();
    }

    private static RunContext context(List<TargetSpec> targets, Path runDir) {
        return new RunContext(
                RunId.of(LocalDateTime.of(2026, 1, 1, 0, 0), "0123456789abcdef"),
                Presets.load("crm-erp").withTargets(targets),
                runDir,
                runDir,
                new NoEngine(),
                List.of());
    }
}
