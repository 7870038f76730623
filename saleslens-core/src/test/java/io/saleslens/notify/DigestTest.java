package io.saleslens.notify;

import static io.saleslens.notify.NotifyFixtures.ALERTS;
import static io.saleslens.notify.NotifyFixtures.COMPARISON;
import static io.saleslens.notify.NotifyFixtures.PREVIOUS_RUN_ID;
import static io.saleslens.notify.NotifyFixtures.REPORTS;
import static io.saleslens.notify.NotifyFixtures.REVENUE_DROP;
import static io.saleslens.notify.NotifyFixtures.RUN_ID;
import static io.saleslens.notify.NotifyFixtures.SALES_INSIGHTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Digest digest =
            Digest.of(RUN_ID, "shop", ALERTS.toSend(), Optional.of(REPORTS), Optional.of(COMPARISON));

    @Test
    void carriesTheAlertsToSendTheTopThreeInsightsOfEachReportAndTheMainChanges() {
        assertThat(digest.alerts())
                .extracting(Digest.Alert::name)
                .containsExactly("revenue-drop", "quality-score", "stale-orders");
        assertThat(digest.insights())
                .extracting(Digest.Department::department)
                .containsExactly("sales", "data-engineering");
        assertThat(digest.insights().get(0).keyInsights()).containsExactlyElementsOf(SALES_INSIGHTS.subList(0, 3));
        assertThat(digest.insights().get(1).keyInsights()).containsExactlyElementsOf(NotifyFixtures.DATA_INSIGHTS);
        assertThat(digest.previousRunId()).isEqualTo(PREVIOUS_RUN_ID);
        assertThat(digest.noComparison()).isNull();
        assertThat(digest.changes()).hasSize(4);
        assertThat(digest.text()).startsWith("*SalesLens shop* run `" + RUN_ID + "`: 3 alerts");
    }

    @Test
    void writesSnakeCaseJsonWithTheAlertsFiguresAndTheText() throws Exception {
        JsonNode json = JSON.readTree(digest.json());

        assertThat(json.path("run_id").asText()).isEqualTo(RUN_ID);
        assertThat(json.path("previous_run_id").asText()).isEqualTo(PREVIOUS_RUN_ID);
        assertThat(json.has("no_comparison")).isFalse();
        JsonNode alert = json.path("alerts").get(0);
        assertThat(alert.path("name").asText()).isEqualTo(REVENUE_DROP.name());
        assertThat(alert.path("severity").asText()).isEqualTo("critical");
        assertThat(alert.path("owner").asText()).isEqualTo("sales");
        assertThat(alert.path("state").asText()).isEqualTo("fired");
        assertThat(alert.path("message").asText()).isEqualTo(REVENUE_DROP.message());
        assertThat(alert.path("figures").path("before").asDouble()).isEqualTo(1_200_000.0);
        assertThat(json.path("insights").get(0).path("key_insights")).hasSize(3);
        assertThat(json.path("insights").get(0).path("report").asText()).isEqualTo("reports/sales.html");
        assertThat(json.path("changes").get(0).path("relative_change").asDouble())
                .isEqualTo(-0.08333);
        assertThat(json.path("changes").get(0).has("member")).isFalse();
        assertThat(json.path("changes").get(3).path("member").asText()).isEqualTo("Germany");
        assertThat(json.path("text").asText()).isEqualTo(digest.text());
    }

    @Test
    void aDepartmentsPartHasItsAlertsAndItsReportOnly() {
        Digest sales = digest.forDepartment("sales");

        assertThat(sales.alerts()).extracting(Digest.Alert::name).containsExactly("revenue-drop");
        assertThat(sales.insights()).extracting(Digest.Department::department).containsExactly("sales");
        assertThat(sales.changes()).isEqualTo(digest.changes());
    }

    @Test
    void withoutAComparisonItSaysWhy() {
        Digest alone = Digest.of(RUN_ID, "shop", ALERTS.toSend(), Optional.empty(), Optional.empty());

        assertThat(alone.changes()).isEmpty();
        assertThat(alone.insights()).isEmpty();
        assertThat(alone.previousRunId()).isNull();
        assertThat(alone.noComparison()).isEqualTo("the run made no comparison");
    }
}
