package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrendRuleTest {

    @Test
    void reportsASignificantTrendWithSignificanceOneMinusP() {
        Insight trend = new TrendRule().evaluate(input("{'trend': {'z': 3.1, 'p': 0.002, 'direction': 'increasing', 'theil_sen_slope': 1200.5}}")).get(0);

        assertThat(trend.significance()).isEqualTo(0.998);
        assertThat(trend.score()).isEqualTo(0.998);
        assertThat(trend.cites()).contains("metrics.json#/trend/p", "metrics.json#/trend/theil_sen_slope");
    }

    @Test
    void staysQuietWhenAbsentOrNotSignificant() {
        assertThat(new TrendRule().evaluate(input("{}"))).isEmpty();
        assertThat(new TrendRule().evaluate(input("{'trend': {'p': 0.4, 'direction': 'none'}}"))).isEmpty();
    }
}
