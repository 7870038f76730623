package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RfmMovementRuleTest {

    /** Fixture single quotes stand for double quotes, so the apostrophe of "Can't Lose Them" is written as a JSON escape. */
    private static final String SEGMENTS = "{'rfm': {'segments': ["
            + "{'segment': 'Champions', 'customers': 10, 'revenue': 500, 'revenue_share': 0.5},"
            + "{'segment': 'Can\\u0027t Lose Them', 'customers': 2, 'revenue': 150, 'revenue_share': 0.15},"
            + "{'segment': 'At Risk', 'customers': 5, 'revenue': 200, 'revenue_share': 0.2},"
            + "{'segment': 'Lost', 'customers': 30, 'revenue': 150, 'revenue_share': 0.15}]}}";

    @Test
    void sumsTheAtRiskAndCantLoseThemSegments() {
        InsightInput input = input(SEGMENTS);

        Insight atRisk = new RfmMovementRule().evaluate(input).get(0);

        assertThat(value(input, atRisk, "customers").asLong()).isEqualTo(7);
        assertThat(value(input, atRisk, "revenue").asDouble()).isEqualTo(350.0);
        assertThat(value(input, atRisk, "share").asDouble()).isEqualTo(0.35);
        assertThat(value(input, atRisk, "names").asText()).isEqualTo("Can't Lose Them, At Risk");
        assertThat(atRisk.impact()).isEqualTo(0.35);
    }

    @Test
    void staysQuietWhenNoCustomerIsAtRisk() {
        assertThat(new RfmMovementRule().evaluate(input("{}"))).isEmpty();
        assertThat(new RfmMovementRule()
                        .evaluate(input("{'rfm': {'segments': [{'segment': 'At Risk', 'customers': 0, 'revenue': 0,"
                                + " 'revenue_share': 0}]}}")))
                .isEmpty();
    }
}
