package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerritoryAnalysisTest extends GoldFixtureTest {
    @Test
    void countsRevenueOrdersAndCustomersPerCountryOfTheCustomer() {
        ObjectNode territory = new TerritoryAnalysis(engine).countries(YearComparison.of(MonthlySeries.load(engine)));

        assertThat(territory.get("rows"))
                .extracting(row -> row.get("country").asText())
                .containsExactly("Germany", "France", "Unknown");
        JsonNode germany = territory.get("rows").get(0);
        // Customer 1: orders O1 (1000 + 100) and O2 (1000); customer 2: O3 (50).
        assertThat(germany.get("revenue").asDouble()).isEqualTo(2150.0);
        assertThat(germany.get("orders").asLong()).isEqualTo(3);
        assertThat(germany.get("customers").asLong()).isEqualTo(2);
        assertThat(germany.get("units").asLong()).isEqualTo(5);
        assertThat(germany.get("revenue_share").asDouble()).isEqualTo(0.623188);
        assertThat(territory.get("rows").get(2).get("revenue").asDouble())
                .as("customer 5 has no country")
                .isEqualTo(50.0);
    }

    @Test
    void withoutTwoFullYearsThereIsNoGrowth() {
        ObjectNode territory = new TerritoryAnalysis(engine).countries(YearComparison.of(MonthlySeries.load(engine)));

        assertThat(territory.get("available").asBoolean()).isFalse();
        assertThat(territory.get("rows").get(0).get("current_year_revenue").isNull())
                .isTrue();
        assertThat(territory.get("rows").get(0).get("growth").isNull()).isTrue();
    }

    @Test
    void growthNeedsRevenueInThePreviousYear() {
        YearComparison years = new YearComparison(Optional.of(2013), Optional.of(2012), "2013 against 2012");
        ObjectNode territory = new TerritoryAnalysis(engine).countries(years);

        JsonNode france = territory.get("rows").get(1);
        assertThat(france.get("current_year_revenue").asDouble()).isEqualTo(1250.0);
        assertThat(france.get("previous_year_revenue").asDouble()).isZero();
        assertThat(france.get("growth").isNull())
                .as("no revenue in 2012 to grow from")
                .isTrue();
    }
}
