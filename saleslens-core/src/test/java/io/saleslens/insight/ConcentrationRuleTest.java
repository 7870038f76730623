package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationRuleTest {

    @Test
    void describesProductAndCustomerConcentrationAndWhetherItIsAParetoPattern() {
        InsightInput input = input(
                "{'concentration': {'method': 'Gini', "
                        + "'products': {'items': 10, 'gini': 0.7, 'hhi': 0.2, 'top_fraction': 0.2, 'top_items': 2, 'top_share': 0.85},"
                        + "'customers': {'items': 100, 'gini': 0.4, 'hhi': 0.01, 'top_fraction': 0.2, 'top_items': 20, 'top_share': 0.5}}}");

        List<Insight> insights = new ConcentrationRule().evaluate(input);

        assertThat(insights).extracting(Insight::subject).containsExactly("products", "customers");
        assertThat(insights.get(0).attributes()).containsEntry("pareto", "true");
        assertThat(insights.get(1).attributes()).containsEntry("pareto", "false");
        assertThat(insights.get(1).impact()).isEqualTo(0.5);
        assertThat(value(input, insights.get(1), "gini").asDouble()).isEqualTo(0.4);
        assertThat(value(input, insights.get(0), "top_items").asLong()).isEqualTo(2);
    }

    @Test
    void derivesTheHerfindahlIndexOfCategoriesAndReportsItWhenHigh() {
        InsightInput input = input(
                "{'categories': [{'category': 'Bikes', 'revenue_share': 0.9}, {'category': 'Parts', 'revenue_share': 0.1}]}");

        Insight category = new ConcentrationRule().evaluate(input).get(0);

        assertThat(value(input, category, "hhi").asDouble()).isEqualTo(0.82);
        assertThat(value(input, category, "top").asText()).isEqualTo("Bikes");
    }

    @Test
    void staysQuietWithoutBreakdowns() {
        assertThat(new ConcentrationRule().evaluate(input("{}"))).isEmpty();
    }
}
