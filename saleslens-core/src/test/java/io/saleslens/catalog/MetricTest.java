package io.saleslens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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
                        () -> new Metric("totals.Revenue", Document.METRICS, Unit.COUNT, Direction.UP, Grain.RUN, "x"))
                .hasMessageContaining("'Revenue' is not a name");
        assertThatThrownBy(
                        () -> new Metric("rows[a,].b", Document.METRICS, Unit.COUNT, Direction.UP, Grain.SEGMENT, "x"))
                .hasMessageContaining("'rows[a,]' is not a name");
    }

    @Test
    void namesAValueOfNestedStepsByAllItsMembers() throws Exception {
        Metric bySegment = new Metric(
                "segments_by{}.rows[label].revenue", Document.METRICS, Unit.CURRENCY, Direction.UP, Grain.SEGMENT, "x");

        assertThat(
                        bySegment.values(
                                json(
                                        "{'segments_by': {'gender': {'rows': [{'label': 'Female', 'revenue': 2}]},"
                                                + " 'marital_status': {'rows': [{'label': 'Married', 'revenue': 3}, {'label': null, 'revenue': 4}]}}}")))
                .extracting(v -> v.dimension().orElseThrow() + "=" + v.number())
                .containsExactly("gender / Female=2.0", "marital_status / Married=3.0");
    }

    @Test
    void namesARowByTwoFields() throws Exception {
        Metric monthly = new Metric(
                "rows[segment,month].revenue", Document.METRICS, Unit.CURRENCY, Direction.UP, Grain.SEGMENT_MONTH, "x");

        assertThat(monthly.values(json("{'rows': [{'month': '2013-01', 'segment': 'Single', 'revenue': 5},"
                        + " {'month': '2013-02', 'revenue': 6}]}")))
                .as("a row missing one of its naming fields has no place in history")
                .containsExactly(
                        new MetricValue("rows[segment,month].revenue", Optional.of("Single / 2013-01"), 5.0, null));
    }

    @Test
    void readsRowsHeldByEachMemberOfAnObject() throws Exception {
        Metric crossed = new Metric(
                "segment_category{}[segment,category].revenue",
                Document.METRICS,
                Unit.CURRENCY,
                Direction.UP,
                Grain.SEGMENT_CATEGORY,
                "x");

        assertThat(crossed.values(json("{'segment_category': {'gender': [{'segment': 'Female', 'category': 'Bikes',"
                        + " 'revenue': 7}]}}")))
                .extracting(v -> v.dimension().orElseThrow() + "=" + v.number())
                .containsExactly("gender / Female / Bikes=7.0");
        assertThat(crossed.covers(List.of("segment_category", "gender", "0", "revenue")))
                .isTrue();
        assertThat(crossed.covers(List.of("segment_category", "gender", "0", "category")))
                .isTrue();
    }

    @Test
    void namesTheValuesOfAnArrayByTheirPosition() throws Exception {
        Metric retention = new Metric(
                "cohorts.rows[cohort].retention[]",
                Document.METRICS,
                Unit.RATIO,
                Direction.UP,
                Grain.COHORT_MONTH,
                "x");

        assertThat(retention.values(json("{'cohorts': {'rows': [{'cohort': '2013-01', 'retention': [1.0, 0.25]}]}}")))
                .extracting(v -> v.dimension().orElseThrow() + "=" + v.number())
                .containsExactly("2013-01 / 0=1.0", "2013-01 / 1=0.25");
    }

    @Test
    void coversItsValuesAndTheFieldsNamingItsRows() {
        Metric byCountry = new Metric(
                "countries[country].revenue", Document.METRICS, Unit.CURRENCY, Direction.UP, Grain.COUNTRY, "x");
        Metric quarantined =
                new Metric("quarantine{}", Document.QUALITY, Unit.COUNT, Direction.DOWN, Grain.SOURCE, "x");

        assertThat(byCountry.covers(List.of("countries", "3", "revenue"))).isTrue();
        assertThat(byCountry.covers(List.of("countries", "3", "country"))).isTrue();
        assertThat(byCountry.covers(List.of("countries", "3", "units"))).isFalse();
        assertThat(byCountry.covers(List.of("countries", "France", "revenue")))
                .as("a row step takes positions only")
                .isFalse();
        assertThat(byCountry.covers(List.of("countries", "3"))).isFalse();
        assertThat(quarantined.covers(List.of("quarantine", "cust_info"))).isTrue();
        assertThat(quarantined.covers(List.of("quarantine"))).isFalse();
    }

    @Test
    void theShippedCatalogueLoadsAndNamesEachKeyOnce() {
        assertThat(MetricCatalogue.standard().metrics())
                .extracting(Metric::key)
                .doesNotHaveDuplicates()
                .contains("totals.revenue", "score.overall", "countries[country].revenue");
    }

    @Test
    void onlyAFigurePerMonthWithAFavourableDirectionHasAPeriodTotal() {
        assertThatThrownBy(() -> new Metric(
                        "totals.revenue",
                        Document.METRICS,
                        Unit.CURRENCY,
                        Direction.UP,
                        Grain.RUN,
                        "x",
                        PeriodTotal.SUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("totals.revenue: a period total needs a figure per month, not of grain RUN");
        assertThatThrownBy(() -> new Metric(
                        "monthly[month].orders",
                        Document.METRICS,
                        Unit.COUNT,
                        Direction.NONE,
                        Grain.MONTH,
                        "x",
                        PeriodTotal.SUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthly[month].orders: a figure with a period total needs a favourable direction");
    }

    @Test
    void theCatalogueLetsTargetsOnlyOnFiguresWhoseMonthsAddUp() {
        assertThat(MetricCatalogue.standard().metrics().stream()
                        .filter(Metric::takesTargets)
                        .map(Metric::key))
                .containsExactlyInAnyOrder(
                        "segment_monthly.rows[segment,month].revenue",
                        "segment_monthly.rows[segment,month].orders",
                        "monthly[month].revenue",
                        "monthly[month].orders",
                        "monthly[month].units",
                        "new_returning[month].new_customers",
                        "new_returning[month].new_revenue",
                        "new_returning[month].returning_revenue");
    }
}
