package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.campaign.CampaignRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Marketing and Sales reports of a run with campaigns: Campaign ROI states each measured campaign's incremental
 * revenue with its interval and each unmeasured one's reason, and every number in them is a value of the run's
 * documents.
 */
class CampaignReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void campaignRoiGivesTheFigureAndIntervalOrTheReason() throws Exception {
        Path runDir = CampaignRun.result().runDir();
        JsonNode planted = CampaignRun.result().metrics().at("/campaigns/list/0/incremental_revenue");
        for (String department : List.of("marketing", "sales")) {
            String report = Files.readString(runDir.resolve("reports").resolve(department + ".md"));

            assertThat(report)
                    .contains("| Campaign ROI: incremental revenue of planted | "
                            + Figures.format(io.saleslens.insight.FigureFormat.MONEY, planted.path("value"), "")
                            + " (95 % interval from "
                            + Figures.format(io.saleslens.insight.FigureFormat.MONEY, planted.path("lower"), "")
                            + " to "
                            + Figures.format(io.saleslens.insight.FigureFormat.MONEY, planted.path("upper"), "") + ")")
                    .contains("| Campaign ROI: incremental revenue of next-year | not measured in this run: the window"
                            + " 2014-02-01 to 2014-03-31 is not inside the data's dated orders")
                    .contains("| Campaign ROI: incremental revenue of strangers | not measured in this run: none of"
                            + " the 2 treated customers listed")
                    .contains("| Campaign ROI: incremental revenue of no-holdout (no holdout: against untargeted"
                            + " customers of the same RFM segments, a weaker design) | $");
            assertThat(ReportConsistency.problems(report, CampaignRun.result().metrics()))
                    .as(department)
                    .isEmpty();
        }
    }

    @Test
    void everyNumberOfTheCampaignReportsIsAValueOfTheRunDocuments() throws Exception {
        Path runDir = CampaignRun.result().runDir();
        JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
        List<JsonNode> documents = new ArrayList<>();
        for (String document : List.of("metrics.json", "quality.json", "compare.json", "targets.json", "alerts.json")) {
            if (Files.exists(runDir.resolve(document))) {
                documents.add(JSON.readTree(runDir.resolve(document).toFile()));
            }
        }
        documents.add(manifest.path("stages"));
        NumberProvenance provenance =
                new NumberProvenance(manifest.path("run_id").asText(), documents);
        for (String department : List.of("marketing", "sales")) {
            String report = Files.readString(runDir.resolve("reports").resolve(department + ".md"));

            assertThat(provenance.unsourced(report)).as(department).isEmpty();
        }
    }
}
