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
        assertThat(ranked.stream().filter(insight -> !InsightRanking.aboutTheData(insight)))
                .extracting(Insight::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ranked)
                .extracting(Insight::type)
                .contains("top_contributor", "concentration", "dependence")
                .doesNotContain("trend");
    }

    /** A check failing on every row scores 1 and still ranks after a business finding that scores less. */
    @Test
    void ranksFindingsAboutTheDataAfterFindingsAboutTheBusiness() {
        InsightInput input = input(
                "{'categories': [{'category': 'Bikes', 'revenue': 60, 'revenue_share': 0.6},"
                        + " {'category': 'Clothing', 'revenue': 40, 'revenue_share': 0.4}]}",
                "{'checks': [{'id': 'orders.order_date.freshness', 'source': 'orders', 'column': 'order_date',"
                        + " 'rule': 'freshness', 'dimension': 'timeliness', 'severity': 'warn', 'action': 'flag',"
                        + " 'failed': 500, 'total': 500}]}");

        List<Insight> ranked = InsightRanking.standard().rank(input);

        Insight check = ranked.stream()
                .filter(insight -> insight.type().equals("data_quality"))
                .findFirst()
                .orElseThrow();
        assertThat(check.score()).isEqualTo(1.0);
        assertThat(ranked.get(0).type()).isIn("top_contributor", "concentration", "dependence");
        assertThat(ranked.get(0).score()).isLessThan(check.score());
        assertThat(ranked.indexOf(check)).isGreaterThan(ranked.indexOf(ranked.get(0)));
        assertThat(ranked.subList(ranked.indexOf(check), ranked.size())).allMatch(InsightRanking::aboutTheData);
    }

    @Test
    void statesItsRuleForInsightsJson() {
        assertThat(InsightRanking.RULE)
                .isEqualTo("findings about the business first, then findings about the data (data_quality,"
                        + " period_coverage, unknown_segment); within each, score = significance x impact, highest"
                        + " first");
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
