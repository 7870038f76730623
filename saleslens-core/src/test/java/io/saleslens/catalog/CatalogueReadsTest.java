package io.saleslens.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.saleslens.insight.Insight;
import io.saleslens.insight.InsightInput;
import io.saleslens.insight.InsightRanking;
import io.saleslens.report.DepartmentProfile;
import io.saleslens.report.DepartmentProfiles;
import io.saleslens.report.DepartmentReport;
import io.saleslens.report.ReportInput;
import io.saleslens.report.SampleRun;
import io.saleslens.run.RunResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every figure the insight rules and the department reports read from the sample's documents is in the catalogue or
 * left out on purpose: the rules and reports run over copies of the documents that note every value read.
 */
class CatalogueReadsTest {
    /**
     * Texts and flags the rules and reports read that are not figures to follow: names, methods and reasons in words,
     * the periods a figure covers, whether it could be computed.
     */
    static final List<String> TEXTS_READ = List.of(
            "dataset.*",
            "totals.units_reason",
            "segments.attribute",
            "segments_by.*.attribute",
            "segments.rows[].code",
            "segments_by.*.rows[].code",
            "products_top[].product_name",
            "products_top[].category",
            "growth.*.current_period",
            "growth.*.previous_period",
            "**.method",
            "**.reason",
            "**.definitions",
            "**.available",
            // the files of the customer lists, which the reports link
            "audiences.lists.*.file",
            "audiences.lists.*.parquet",
            "audiences.lists.*.holdout_file",
            // quality.json: what each check and repair rule is (source, column, rule, …) and the sample values.
            "checks[].source",
            "checks[].column",
            "checks[].rule",
            "checks[].dimension",
            "checks[].severity",
            "checks[].action",
            "checks[].samples[].value",
            "repairs[].source",
            "repairs[].column",
            "repairs[].rule");

    @Test
    void theInsightRulesAndReportsReadOnlyCataloguedFigures() {
        RunResult sample = SampleRun.result();
        RecordingNodes metricsReads = new RecordingNodes();
        RecordingNodes qualityReads = new RecordingNodes();
        JsonNode metrics = metricsReads.copy(sample.metrics());
        JsonNode quality = qualityReads.copy(sample.quality());

        List<Insight> insights = InsightRanking.standard()
                .rank(new InsightInput(metrics, quality, JsonNodeFactory.instance.objectNode()));
        ReportInput input = new ReportInput("run", "crm-erp", metrics, quality, insights, List.of(), Set.of());
        for (DepartmentProfile profile :
                new DepartmentProfiles(InsightRanking.standard().types()).load(Optional.empty(), List.of())) {
            new DepartmentReport(profile).render(input);
        }

        assertThat(metricsReads.reads()).as("the recording saw the reads").hasSizeGreaterThan(100);
        assertThat(qualityReads.reads())
                .as("the reports read the quality score")
                .contains(List.of("score", "overall"));
        assertThat(unplaced(Document.METRICS, metricsReads.reads()))
                .as("metrics.json values read that the catalogue does not list")
                .isEmpty();
        assertThat(unplaced(Document.QUALITY, qualityReads.reads()))
                .as("quality.json values read that the catalogue does not list")
                .isEmpty();
    }

    private static List<String> unplaced(Document document, Set<List<String>> reads) {
        return reads.stream()
                .filter(path -> !FollowedFigures.catalogued(document, path))
                .filter(path -> !FollowedFigures.excluded(document, path))
                .map(FollowedFigures::written)
                .filter(written -> TEXTS_READ.stream()
                        .noneMatch(glob ->
                                FollowedFigures.pattern(glob).matcher(written).matches()))
                .distinct()
                .sorted()
                .toList();
    }
}
