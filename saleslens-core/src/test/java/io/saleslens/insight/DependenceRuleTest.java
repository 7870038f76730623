package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependenceRuleTest {

    @Test
    void aLargestCountryWithAThirdOfRevenueIsAMarketNotADependence() {
        InsightInput input =
                input("{'countries': [{'country': 'United States', 'revenue_share': 0.312, 'revenue': 9160000},"
                        + " {'country': 'Australia', 'revenue_share': 0.3, 'revenue': 8800000}]}");

        assertThat(new DependenceRule().evaluate(input)).isEmpty();
    }

    @Test
    void moreThanHalfOfRevenueInOneCategoryIsADependence() {
        InsightInput input = input("{'categories': [{'category': 'Bikes', 'revenue_share': 0.96, 'revenue': 28000000},"
                + " {'category': 'Parts', 'revenue_share': 0.04, 'revenue': 1200000}],"
                + " 'countries': [{'country': 'Unknown', 'revenue_share': 0.7, 'revenue': 1000}]}");

        List<Insight> insights = new DependenceRule().evaluate(input);

        assertThat(insights).extracting(Insight::subject).containsExactly("category");
        assertThat(value(input, insights.get(0), "name").asText()).isEqualTo("Bikes");
    }

    @Test
    void exactlyHalfIsNotADependence() {
        assertThat(new DependenceRule()
                        .evaluate(input("{'categories': [{'category': 'A', 'revenue_share': 0.5, 'revenue': 5},"
                                + " {'category': 'B', 'revenue_share': 0.5, 'revenue': 5}]}")))
                .isEmpty();
    }
}
