package io.saleslens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void readsAFigureOfTheWholeRun() throws Exception {
        Metric revenue =
                new Metric("totals.revenue", Document.METRICS, Unit.CURRENCY, Direction.UP, Grain.RUN, "Revenue.");

        assertThat(revenue.values(json("{'totals': {'revenue': 12.5, 'orders': 3}}")))
                .containsExactly(new MetricValue("totals.revenue", Optional.empty(), 12.5, null));
        assertThat(revenue.values(json("{'totals': {'revenue': null}}")))
                .as("a figure the run left out")
                .isEmpty();
        assertThat(revenue.values(json("{}"))).isEmpty();
    }

    @Test
    void readsOneValuePerRowOfAnArrayNamedByItsField() throws Exception {
        Metric byCountry = new Metric(
                "countries[country].revenue", Document.METRICS, Unit.CURRENCY, Direction.UP, Grain.COUNTRY, "x");

        assertThat(byCountry.values(json("{'countries': [{'country': 'France', 'revenue': 2},"
                        + " {'country': 'Germany', 'revenue': 3.5}, {'revenue': 9}]}")))
                .as("a row without its member's name has no place in history")
                .containsExactly(
                        new MetricValue("countries[country].revenue", Optional.of("France"), 2.0, null),
                        new MetricValue("countries[country].revenue", Optional.of("Germany"), 3.5, null));
    }

    @Test
    void readsOneValuePerMemberOfAnObject() throws Exception {
        Metric quarantined = new Metric(
                "row_accounting{}.quarantined", Document.QUALITY, Unit.COUNT, Direction.DOWN, Grain.SOURCE, "x");

        assertThat(quarantined.values(
                        json("{'row_accounting': {'cust_info': {'quarantined': 4}, 'prd_info': {'quarantined': 0}}}")))
                .extracting(v -> v.dimension().orElseThrow() + "=" + v.number())
                .containsExactly("cust_info=4.0", "prd_info=0.0");
    }

    @Test
    void keepsADateAsText() throws Exception {
        Metric last = new Metric("totals.last_order_date", Document.METRICS, Unit.DATE, Direction.UP, Grain.RUN, "x");

        assertThat(last.values(json("{'totals': {'last_order_date': '2014-01-28'}}")))
                .containsExactly(new MetricValue("totals.last_order_date", Optional.empty(), null, "2014-01-28"));
    }

    @Test
    void refusesAKeyWhoseStepsDoNotFitItsGrain() {
        assertThatThrownBy(() -> new Metric(
                        "countries[country].revenue", Document.METRICS, Unit.CURRENCY, Direction.UP, Grain.RUN, "x"))
                .hasMessageContaining("grain RUN does not fit");
        assertThatThrownBy(
                        () -> new Metric("a[b].c{}.d", Document.METRICS, Unit.COUNT, Direction.UP, Grain.SOURCE, "x"))
                .hasMessageContaining("one dimension at most");
        assertThatThrownBy(
                        () -> new Metric("totals.Revenue", Document.METRICS, Unit.COUNT, Direction.UP, Grain.RUN, "x"))
                .hasMessageContaining("'Revenue' is not a name");
    }

    @Test
    void theShippedCatalogueLoadsAndNamesEachKeyOnce() {
        assertThat(MetricCatalogue.standard().metrics())
                .extracting(Metric::key)
                .doesNotHaveDuplicates()
                .contains("totals.revenue", "score.overall", "countries[country].revenue");
    }
}
