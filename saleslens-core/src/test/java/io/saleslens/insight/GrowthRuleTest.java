package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrowthRuleTest {

    @Test
    void comparesTheLastCompleteMonthWithTheMonthBeforeAndTheYearBefore() {
        StringBuilder months = new StringBuilder("{'monthly': [");
        for (int month = 1; month <= 12; month++) {
            months.append(String.format("{'month': '2012-%02d', 'revenue': 100, 'partial': false},", month));
        }
        months.append("{'month': '2013-01', 'revenue': 150, 'partial': false}, {'month': '2013-02', 'revenue': 120, 'partial': false},"
                + " {'month': '2013-03', 'revenue': 5, 'partial': true}]}");
        InsightInput input = input(months.toString());

        Insight growth = new GrowthRule().evaluate(input).get(0);

        assertThat(value(input, growth, "month").asText()).isEqualTo("2013-02");
        assertThat(value(input, growth, "mom").asDouble()).isEqualTo(-0.2);
        assertThat(value(input, growth, "change").asDouble()).isEqualTo(-30.0);
        assertThat(value(input, growth, "yoy").asDouble()).isEqualTo(0.2);
        assertThat(growth.attributes()).containsEntry("direction", "down");
    }

    @Test
    void needsTwoCompleteMonths() {
        assertThat(new GrowthRule().evaluate(input("{'monthly': [{'month': '2013-01', 'revenue': 10, 'partial': false}]}"))).isEmpty();
    }
}
