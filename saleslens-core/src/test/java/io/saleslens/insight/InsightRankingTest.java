package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsightRankingTest {

    @Test
    void ranksByScoreHighestFirstAndSkipsRulesWhoseKeysAreAbsent() {
        InsightInput input = input("{'categories': [{'category': 'Bikes', 'revenue': 90, 'revenue_share': 0.9},"
                + " {'category': 'Clothing', 'revenue': 10, 'revenue_share': 0.1}],"
                + " 'trend': {'p': 0.2, 'direction': 'none'}}");

        List<Insight> ranked = InsightRanking.standard().rank(input);

        assertThat(ranked).isNotEmpty();
        assertThat(ranked).extracting(Insight::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ranked)
                .extracting(Insight::type)
                .contains("top_contributor", "concentration", "dependence")
                .doesNotContain("trend");
    }

    @Test
    void knowsOneRulePerType() {
        assertThat(InsightRanking.standard().types())
                .doesNotHaveDuplicates()
                .contains(
                        "drivers",
                        "data_quality",
                        "forecast",
                        "rfm_movement",
                        "cohort_retention",
                        "anomaly",
                        "change_point");
    }
}
