package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlySeriesTest {
    @TempDir
    Path spill;

    @Test
    void marksTheFirstMonthPartialWhenTheDataStartsAfterItsFirstDay() {
        try (DuckDbEngine engine = GoldFixture.engine(spill)) {
            MonthlySeries series = MonthlySeries.load(engine);

            // Data from 2013-01-10 to 2013-03-31: January is partial, March ends on its last day.
            assertThat(series.partialMonths()).containsExactly(YearMonth.of(2013, 1));
            assertThat(series.complete())
                    .extracting(MonthPoint::month)
                    .containsExactly(YearMonth.of(2013, 2), YearMonth.of(2013, 3));
            assertThat(series.completeValues("revenue")).containsExactly(250, 2050);
            assertThat(series.complete().get(1).orders()).isEqualTo(3);
        }
    }

    @Test
    void fillsMonthsWithoutSalesWithZeros() {
        try (DuckDbEngine engine = GoldFixture.engine(spill)) {
            engine.execute("DELETE FROM gold.fact_sales WHERE order_month = '2013-02'");
            GoldFixture.derive(engine);

            MonthlySeries series = MonthlySeries.load(engine);

            assertThat(series.all())
                    .extracting(MonthPoint::month)
                    .containsExactly(YearMonth.of(2013, 1), YearMonth.of(2013, 2), YearMonth.of(2013, 3));
            assertThat(series.all().get(1).revenue()).isZero();
        }
    }

    @Test
    void findsTheLastCalendarYearCoveredInFull() {
        MonthlySeries series = SeriesFixture.series(YearMonth.of(2011, 3), 34, i -> 100);

        // Complete months 2011-03 .. 2013-12: 2012 and 2013 are whole years, 2011 is not.
        assertThat(series.lastCompleteYear()).contains(2013);
        assertThat(series.isCompleteYear(2012)).isTrue();
        assertThat(series.isCompleteYear(2011)).isFalse();
    }

    @Test
    void rejectsGaps() {
        assertThatThrownBy(() -> new MonthlySeries(
                        List.of(MonthPoint.empty(YearMonth.of(2013, 1)), MonthPoint.empty(YearMonth.of(2013, 3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months must be consecutive, got 2013-01 then 2013-03");
    }
}
