package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendRuleTest {
    private static final String REVENUE =
            "'revenue': {'available': true, 'direction': 'increasing', 'mann_kendall_s': 40, 'z': 3.1,"
                    + " 'p_value': 0.002, 'theil_sen_slope_per_month': 1200.5, 'change_points': []}";

    @Test
    void reportsASignificantTrendOfEachMeasureWithSignificanceOneMinusP() {
        InsightInput input = input(
                "{'trend': {'measures': {" + REVENUE + ", 'orders': {'available': true, 'direction': 'decreasing',"
                        + " 'z': -2.5, 'p_value': 0.01, 'theil_sen_slope_per_month': -3.5}}}}");

        List<Insight> trends = new TrendRule().evaluate(input);

        assertThat(trends).extracting(Insight::subject).containsExactly("revenue", "orders");
        assertThat(trends.get(0).significance()).isEqualTo(0.998);
        assertThat(trends.get(0).score()).isEqualTo(0.998);
        assertThat(trends.get(1).score()).isEqualTo(0.99 * 0.5);
        assertThat(trends.get(0).cites())
                .contains(
                        "metrics.json#/trend/measures/revenue/p_value",
                        "metrics.json#/trend/measures/revenue/theil_sen_slope_per_month");
        assertThat(value(input, trends.get(1), "direction").asText()).isEqualTo("decreasing");
        assertThat(trends.get(1).figures().get("slope").format()).isEqualTo(FigureFormat.DECIMAL2);
    }

    @Test
    void staysQuietWhenAbsentUnavailableOrNotSignificant() {
        assertThat(new TrendRule().evaluate(input("{}"))).isEmpty();
        assertThat(new TrendRule()
                        .evaluate(
                                input("{'trend': {'measures': {'revenue': {'available': true, 'direction': 'no trend',"
                                        + " 'p_value': 0.4}}}}")))
                .isEmpty();
        assertThat(new TrendRule()
                        .evaluate(input("{'trend': {'measures': {'revenue': {'available': false, 'p_value': null}}}}")))
                .isEmpty();
    }
}
