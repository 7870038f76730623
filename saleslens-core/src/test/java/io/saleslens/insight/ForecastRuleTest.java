package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForecastRuleTest {

    @Test
    void givesTheFirstForecastMonthWithItsIntervalAndBacktestError() {
        InsightInput input = input(
                "{'forecast': {'measure': 'revenue', 'available': true, 'model': 'Holt-Winters additive',"
                        + " 'backtest_mape_percent': 12.5, 'reason': null, 'months': [{'month': '2014-01', 'point': 1000, 'lower80': 900,"
                        + " 'upper80': 1100, 'lower95': 850, 'upper95': 1150}, {'month': '2014-02', 'point': 1010, 'lower80': 890, 'upper80': 1130}]}}");

        Insight forecast = new ForecastRule().evaluate(input).get(0);

        assertThat(forecast.significance()).isEqualTo(0.875);
        assertThat(value(input, forecast, "month").asText()).isEqualTo("2014-01");
        assertThat(value(input, forecast, "upper").asDouble()).isEqualTo(1100);
        assertThat(value(input, forecast, "mape").asDouble()).isEqualTo(0.125);
        assertThat(forecast.attributes()).containsEntry("available", "true");
    }

    @Test
    void saysWhyAWithheldForecastIsWithheld() {
        InsightInput input = input("{'forecast': {'available': false, 'model': null, 'backtest_mape_percent': null,"
                + " 'reason': 'fewer than 24 complete months', 'months': []}}");

        Insight forecast = new ForecastRule().evaluate(input).get(0);

        assertThat(forecast.attributes()).containsEntry("available", "false");
        assertThat(forecast.text()).contains("No revenue forecast").doesNotContain("{reason}");
        assertThat(forecast.method()).contains("{reason}");
        assertThat(value(input, forecast, "reason").asText()).isEqualTo("fewer than 24 complete months");
    }

    @Test
    void staysQuietWithoutAForecastKey() {
        assertThat(new ForecastRule().evaluate(input("{}"))).isEmpty();
    }
}
