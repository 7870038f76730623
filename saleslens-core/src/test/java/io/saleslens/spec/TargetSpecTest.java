package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TargetSpecTest {

    @Test
    void aShortMetricNamesTheCatalogueKeyOfItsGrain() {
        assertThat(new TargetSpec("revenue", 1.0, "year", "2013").metric()).isEqualTo("monthly[month].revenue");
        assertThat(new TargetSpec("new_revenue", 1.0, "year", "2013").metric())
                .isEqualTo("new_returning[month].new_revenue");
        assertThat(new TargetSpec("orders", 1.0, "month", null, "Married", null).metric())
                .isEqualTo("segment_monthly.rows[segment,month].orders");
        assertThat(new TargetSpec("monthly[month].units", 1.0, "quarter", "2013-q4", " ", "").of())
                .isEqualTo("2013-Q4");
    }

    @Test
    void blankSegmentOwnerAndPeriodAreLeftOutAndThePeriodIsLowerCase() {
        TargetSpec target = new TargetSpec("units", 1.0, " Quarter ", "", " ", "");

        assertThat(target.period()).isEqualTo("quarter");
        assertThat(target.of()).isNull();
        assertThat(target.segment()).isNull();
        assertThat(target.owner()).isNull();
    }

    @Test
    void aFigureWhoseMonthsDoNotAddUpIsRefusedWithTheKeysThatTakeTargets() {
        assertThatThrownBy(() -> new TargetSpec("monthly[month].customers", 1.0, "year", "2013"))
                .isInstanceOf(SalesLensException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.SPEC_INVALID)
                .hasMessage("metric 'monthly[month].customers' cannot take a target: only a figure whose months add"
                        + " up to the period's figure can; use one of revenue, orders, units, new_customers,"
                        + " new_revenue, returning_revenue (the catalogue keys monthly[month].revenue,"
                        + " monthly[month].orders, monthly[month].units, new_returning[month].new_customers,"
                        + " new_returning[month].new_revenue, new_returning[month].returning_revenue)");
        assertThatThrownBy(() -> new TargetSpec("avg_order_value", 1.0, "year", "2013"))
                .hasMessageStartingWith("metric 'avg_order_value' cannot take a target:");
    }

    @Test
    void aSegmentTargetTakesOnlyTheSegmentMonthFigures() {
        assertThatThrownBy(() -> new TargetSpec("units", 1.0, "year", "2013", "Married", null))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("metric 'units' cannot take a target per segment: only a figure whose months add up to"
                        + " the period's figure can; use one of revenue, orders (the catalogue keys"
                        + " segment_monthly.rows[segment,month].revenue, segment_monthly.rows[segment,month].orders),"
                        + " or leave segment out");
    }

    @Test
    void aMissingMetricOrValueSaysWhatToWrite() {
        assertThatThrownBy(() -> new TargetSpec(null, 1.0, "year", null, null, null))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("a target needs a metric: write metric: revenue (or orders, units, or a catalogue key such"
                        + " as monthly[month].revenue)");
        assertThatThrownBy(() -> new TargetSpec("revenue", null, "year", null, null, null))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("target on monthly[month].revenue needs a value: write value: and the figure to reach,"
                        + " such as value: 20000000");
    }

    @Test
    void thePeriodIsAMonthAQuarterOrAYear() {
        assertThatThrownBy(() -> new TargetSpec("revenue", 1.0, "week", null))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("target on monthly[month].revenue: period must be month, quarter or year, not 'week';"
                        + " write period: year");
    }

    @Test
    void ofMustNameAPeriodOfItsKind() {
        assertThatThrownBy(() -> new TargetSpec("revenue", 1.0, "quarter", "2013"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("target on monthly[month].revenue: of '2013' is not a quarter; write it as 2013-Q4, or"
                        + " leave of out for the quarter that holds the newest order date");
        assertThatThrownBy(() -> new TargetSpec("revenue", 1.0, "month", "2013-13"))
                .hasMessageContaining("of '2013-13' is not a month; write it as 2013-12");
        assertThatThrownBy(() -> new TargetSpec("revenue", 1.0, "year", "13"))
                .hasMessageContaining("of '13' is not a year; write it as 2013");
    }

    @Test
    void aSpecReadsItsTargetsFromYamlAndKeepsThemThroughItsCopies() throws IOException {
        String yaml = preset() + "\ntargets:\n"
                + "  - metric: revenue\n    value: 20000000\n    period: year\n    of: 2013\n"
                + "  - metric: orders\n    value: 1200\n    period: month\n    segment: Married\n    owner: sales\n";

        DatasetSpec spec = SpecLoader.parse(yaml, "test.yaml");

        assertThat(spec.targets())
                .containsExactly(
                        new TargetSpec("monthly[month].revenue", 20_000_000.0, "year", "2013", null, null),
                        new TargetSpec(
                                "segment_monthly.rows[segment,month].orders",
                                1200.0,
                                "month",
                                null,
                                "Married",
                                "sales"));
        assertThat(spec.withDedupe(DedupePolicy.FIRST).targets()).isEqualTo(spec.targets());
        assertThat(Presets.load("crm-erp").targets()).isEmpty();
    }

    @Test
    void aBadTargetInYamlNamesItsLine() throws IOException {
        String yaml = preset() + "\ntargets:\n  - metric: customers\n    value: 5\n    period: year\n";

        assertThatThrownBy(() -> SpecLoader.parse(yaml, "test.yaml"))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("test.yaml line")
                .hasMessageContaining("metric 'customers' cannot take a target");
    }

    private static String preset() throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream("presets/crm-erp.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
