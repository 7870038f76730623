package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortRetentionRuleTest {

    @Test
    void weighsSecondMonthRetentionByCohortSize() {
        InsightInput input = input("{'cohorts': {'method': 'first order month', 'rows': ["
                + "{'cohort': '2013-01', 'customers': 100, 'retention': [1.0, 0.1, 0.05]},"
                + "{'cohort': '2013-02', 'customers': 300, 'retention': [1.0, 0.3]},"
                + "{'cohort': '2013-03', 'customers': 50, 'retention': [1.0]}]}}");

        Insight retention = new CohortRetentionRule().evaluate(input).get(0);

        assertThat(value(input, retention, "retention").asDouble()).isEqualTo(0.25);
        assertThat(value(input, retention, "cohorts").asLong()).isEqualTo(2);
    }

    @Test
    void staysQuietWithoutCohorts() {
        assertThat(new CohortRetentionRule().evaluate(input("{}"))).isEmpty();
    }
}
