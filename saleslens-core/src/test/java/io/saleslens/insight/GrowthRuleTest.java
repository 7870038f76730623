package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrowthRuleTest {
    private static final String MOM =
            "'month_over_month': {'current_period': '2013-02', 'previous_period': '2013-01', 'available': true,"
                    + " 'revenue': {'current': 120, 'previous': 150, 'growth': -0.2}}";
    private static final String YOY =
            "'year_over_year': {'current_period': '2013-02', 'previous_period': '2012-02', 'available': true,"
                    + " 'revenue': {'current': 120, 'previous': 100, 'growth': 0.2}}";

    @Test
    void citesMonthOnMonthAndYearOnYearGrowthOfTheGrowthKey() {
        InsightInput input = input("{'growth': {" + MOM + ", " + YOY + "}}");

        Insight growth = new GrowthRule().evaluate(input).get(0);

        assertThat(value(input, growth, "month").asText()).isEqualTo("2013-02");
        assertThat(value(input, growth, "mom").asDouble()).isEqualTo(-0.2);
        assertThat(value(input, growth, "yoy").asDouble()).isEqualTo(0.2);
        assertThat(growth.impact()).isEqualTo(0.2);
        assertThat(growth.attributes()).containsEntry("direction", "down");
        assertThat(growth.text()).contains("{yoy}").doesNotContain("{year_growth}");
    }

    @Test
    void leavesOutYearOnYearWhenItIsNotAvailable() {
        String noYear =
                "'year_over_year': {'current_period': '2013-02', 'previous_period': '2012-02', 'available': false,"
                        + " 'reason': 'not covered', 'revenue': {'current': 120, 'previous': null, 'growth': null}}";

        Insight growth = new GrowthRule()
                .evaluate(input("{'growth': {" + MOM + ", " + noYear + "}}"))
                .get(0);

        assertThat(growth.text()).doesNotContain("{yoy}");
    }

    @Test
    void staysQuietWithoutMonthOnMonthGrowth() {
        assertThat(new GrowthRule().evaluate(input("{}"))).isEmpty();
        assertThat(new GrowthRule().evaluate(input("{'growth': {'month_over_month': {'available': false}}}")))
                .isEmpty();
    }
}
