package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeasonalPeakRuleTest {
    private static final String MONTHLY = "'monthly': [{'month': '2012-11', 'revenue': 100, 'partial': false},"
            + " {'month': '2012-12', 'revenue': 300, 'partial': false}, {'month': '2013-01', 'revenue': 100, 'partial': false}]";

    @Test
    void derivesThePeakMonthsShareOnlyWhenSeasonalityWasEstablished() {
        InsightInput input = input("{" + MONTHLY
                + ", 'seasonality': {'detected': true, 'strength': 0.7, 'acf_lag12': 0.5, 'peak_months': [12]}}");

        Insight peak = new SeasonalPeakRule().evaluate(input).get(0);

        assertThat(value(input, peak, "share").asDouble()).isEqualTo(0.6);
        assertThat(peak.impact()).isEqualTo(0.6);
    }

    @Test
    void saysSeasonalityIsNotEstablishedWithTheReasonAndNamesNoPeak() {
        InsightInput input =
                input("{" + MONTHLY + ", 'seasonality': {'detected': false, 'strength': 0.42, 'months_used': 36,"
                        + " 'peak_months': [12], 'reason': 'strength 0.42 below 0.64'}}");

        Insight notEstablished = new SeasonalPeakRule().evaluate(input).get(0);

        assertThat(notEstablished.attributes()).containsEntry("established", "false");
        assertThat(notEstablished.text())
                .contains("No seasonal peak is claimed")
                .doesNotContain("{peaks}");
        assertThat(notEstablished.method()).contains("not established", "{reason}");
        assertThat(notEstablished.figures()).doesNotContainKey("peaks");
        assertThat(value(input, notEstablished, "reason").asText()).isEqualTo("strength 0.42 below 0.64");
    }

    @Test
    void claimsNothingWhenNotTested() {
        assertThat(new SeasonalPeakRule()
                        .evaluate(input("{" + MONTHLY + ", 'seasonality': {'detected': false, 'peak_months': [12]}}")))
                .isEmpty();
        assertThat(new SeasonalPeakRule().evaluate(input("{" + MONTHLY + "}"))).isEmpty();
    }
}
