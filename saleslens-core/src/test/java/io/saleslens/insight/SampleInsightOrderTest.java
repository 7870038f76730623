package io.saleslens.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.report.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the sample, the insight a sales manager reads first (rank 1 of insights.json, first on the landing page) is a
 * finding about the business, although the sample's order-date freshness check fails on every row and scores 1.
 */
class SampleInsightOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSampleLeadsWithABusinessFindingAndListsTheDataAfterIt() throws IOException {
        Path runDir = SampleRun.result().runDir();
        JsonNode document = JSON.readTree(runDir.resolve("insights.json").toFile());
        List<JsonNode> insights = new ArrayList<>();
        document.path("insights").forEach(insights::add);

        assertThat(document.path("ranking").asText()).isEqualTo(InsightRanking.RULE);
        JsonNode first = insights.get(0);
        assertThat(first.path("type").asText()).isEqualTo("trend");
        assertThat(first.path("subject").asText()).isEqualTo("revenue");
        JsonNode freshness = insights.stream()
                .filter(insight ->
                        insight.path("id").asText().equals("data_quality:sales_details.sls_order_dt.freshness"))
                .findFirst()
                .orElseThrow();
        assertThat(freshness.path("score").asDouble()).isEqualTo(1.0);
        assertThat(freshness.path("rank").asInt())
                .isGreaterThan(first.path("rank").asInt());

        // The order, read back from the document: ranks 1..n; business findings, then findings about the data;
        // scores never rise within a tier.
        boolean inDataTier = false;
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < insights.size(); i++) {
            JsonNode insight = insights.get(i);
            assertThat(insight.path("rank").asInt()).isEqualTo(i + 1);
            boolean aboutTheData = List.of("data_quality", "period_coverage", "unknown_segment")
                    .contains(insight.path("type").asText());
            assertThat(!aboutTheData && inDataTier)
                    .as("business finding after a data finding at rank " + (i + 1))
                    .isFalse();
            if (aboutTheData && !inDataTier) {
                inDataTier = true;
                previous = Double.MAX_VALUE;
            }
            assertThat(insight.path("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = insight.path("score").asDouble();
        }

        String landing = Files.readString(runDir.resolve("reports").resolve("index.html"));
        String topInsights = landing.substring(landing.indexOf("<h2>Top insights</h2>"));
        assertThat(topInsights.substring(0, topInsights.indexOf("</li>")))
                .contains("Monthly revenue has grown steadily")
                .doesNotContain("check");
    }
}
