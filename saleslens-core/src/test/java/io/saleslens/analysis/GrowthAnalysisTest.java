package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GrowthAnalysisTest {

    @Test
    void comparesTheLastCompleteMonthAndYearLeavingPartialMonthsOut() {
        // 2012-01 .. 2013-12 complete: revenue 1,000 in 2012 months and 1,500 in 2013 months, except 2013-12 at 3,000.
        MonthlySeries series =
                SeriesFixture.series(YearMonth.of(2012, 1), 24, i -> i < 12 ? 1000 : i == 23 ? 3000 : 1500);

        ObjectNode growth = new GrowthAnalysis(series).growth();

        assertThat(growth.get("last_complete_month").asText()).isEqualTo("2013-12");
        assertThat(growth.at("/month_over_month/revenue/growth").asDouble()).isEqualTo(1.0);
        assertThat(growth.at("/year_over_year/revenue/growth").asDouble()).isEqualTo(2.0);
        // 11 x 1,500 + 3,000 = 19,500 against 12,000.
        assertThat(growth.at("/year_to_date/revenue/current").asDouble()).isEqualTo(19_500.0);
        assertThat(growth.at("/year_to_date/revenue/growth").asDouble()).isEqualTo(0.625);
        assertThat(growth.at("/last_complete_year/current_period").asText()).isEqualTo("2013-01 to 2013-12");
    }

    @Test
    void saysSoWhenTheEarlierPeriodIsNotCovered() {
        MonthlySeries series = SeriesFixture.series(YearMonth.of(2013, 1), 12, i -> 1000);

        ObjectNode growth = new GrowthAnalysis(series).growth();

        assertThat(growth.at("/year_over_year/available").asBoolean()).isFalse();
        assertThat(growth.at("/year_over_year/reason").asText()).isEqualTo("the data does not cover 2012-12 in full");
        assertThat(growth.at("/year_over_year/revenue/growth").isNull()).isTrue();
        assertThat(growth.at("/month_over_month/revenue/growth").asDouble()).isEqualTo(0.0);
    }
}
