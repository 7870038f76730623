package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyRuleTest {

    @Test
    void reportsEveryFlaggedMonthWithItsRemainderAgainstTheExpectedValue() {
        InsightInput input = input(
                "{'anomalies': {'measures': {'revenue': {'available': true, 'reason': 'tested', 'months': []},"
                        + " 'orders': {'available': true, 'reason': 'tested', 'months': [{'month': '2013-03', 'value': 125, 'remainder': 25, 'robust_z': 3.6}]}}}}");

        List<Insight> anomalies = new AnomalyRule().evaluate(input);

        assertThat(anomalies).hasSize(1);
        assertThat(anomalies.get(0).subject()).isEqualTo("orders:2013-03");
        assertThat(anomalies.get(0).impact()).isEqualTo(0.25 * 0.5);
        assertThat(anomalies.get(0).attributes()).containsEntry("direction", "up");
        assertThat(value(input, anomalies.get(0), "z").asDouble()).isEqualTo(3.6);
        assertThat(anomalies.get(0).cites()).contains("metrics.json#/anomalies/measures/orders/months/0/remainder");
    }

    @Test
    void staysQuietWithoutFlaggedMonths() {
        assertThat(new AnomalyRule().evaluate(input("{}"))).isEmpty();
        assertThat(new AnomalyRule()
                        .evaluate(input(
                                "{'anomalies': {'measures': {'revenue': {'available': false, 'reason': 'too short',"
                                        + " 'months': []}}}}")))
                .isEmpty();
    }
}
