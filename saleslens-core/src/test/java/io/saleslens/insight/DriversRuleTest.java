package io.saleslens.insight;

import static io.saleslens.insight.Fixtures.input;
import static io.saleslens.insight.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriversRuleTest {

    @Test
    void findsTheTopDriverAndDetractorOfEachBreakdown() {
        InsightInput input =
                input("{'period_breakdowns': {'previous_month': '2013-11', 'current_month': '2013-12', 'dimensions': {"
                        + "'country': [{'key': 'Australia', 'previous': 100, 'current': 180}, {'key': 'Canada', 'previous': 50, 'current': 55},"
                        + " {'key': 'France', 'previous': 90, 'current': 60}]}}}");

        List<Insight> insights = new DriversRule().evaluate(input);

        assertThat(insights).hasSize(1);
        Insight drivers = insights.get(0);
        assertThat(value(input, drivers, "up").asText()).isEqualTo("Australia");
        assertThat(value(input, drivers, "up_change").asDouble()).isEqualTo(80.0);
        assertThat(value(input, drivers, "down").asText()).isEqualTo("France");
        assertThat(value(input, drivers, "down_change").asDouble()).isEqualTo(-30.0);
        assertThat(value(input, drivers, "total").asDouble()).isEqualTo(55.0);
        assertThat(drivers.impact()).isEqualTo(110.0 / 240.0);
    }

    @Test
    void unknownIsCountedInTheTotalButNeverNamedAsADriver() {
        InsightInput input =
                input("{'period_breakdowns': {'previous_month': '2013-11', 'current_month': '2013-12', 'dimensions': {"
                        + "'category': [{'key': 'Unknown', 'previous': 0, 'current': 5889.9}, {'key': 'Bikes', 'previous': 100, 'current': 130},"
                        + " {'key': 'Parts', 'previous': 50, 'current': 40}]}}}");

        Insight drivers = new DriversRule().evaluate(input).get(0);

        assertThat(value(input, drivers, "up").asText()).isEqualTo("Bikes");
        assertThat(value(input, drivers, "down").asText()).isEqualTo("Parts");
        assertThat(value(input, drivers, "total").asDouble()).isEqualTo(5889.9 + 30 - 10);
    }

    @Test
    void staysQuietWithoutBreakdowns() {
        assertThat(new DriversRule().evaluate(input("{'monthly': []}"))).isEmpty();
    }
}
