package io.saleslens.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TargetPeriodTest {

    @Test
    void namesStartsEndsAndDaysOfEachKind() {
        TargetPeriod quarter = TargetPeriod.named("quarter", "2014-Q1");
        TargetPeriod month = TargetPeriod.named("month", "2012-02");
        TargetPeriod year = TargetPeriod.named("year", "2012");

        assertThat(quarter.start()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2014, 3, 31));
        assertThat(quarter.days()).isEqualTo(90);
        assertThat(month.days()).isEqualTo(29);
        assertThat(year.days()).isEqualTo(366);
        assertThat(quarter.name()).isEqualTo("2014-Q1");
        assertThat(month.name()).isEqualTo("2012-02");
        assertThat(year.name()).isEqualTo("2012");
    }

    @Test
    void thePreviousPeriodIsTheOneOfTheSameKindJustBefore() {
        assertThat(TargetPeriod.named("quarter", "2014-Q1").previous().name()).isEqualTo("2013-Q4");
        assertThat(TargetPeriod.named("month", "2014-01").previous().name()).isEqualTo("2013-12");
        assertThat(TargetPeriod.named("year", "2013").previous().name()).isEqualTo("2012");
    }

    @Test
    void thePeriodHoldingADayAndTheMonthsItHolds() {
        TargetPeriod quarter = TargetPeriod.holding("quarter", LocalDate.of(2013, 11, 5));

        assertThat(quarter.name()).isEqualTo("2013-Q4");
        assertThat(quarter.holds(YearMonth.of(2013, 10))).isTrue();
        assertThat(quarter.holds(YearMonth.of(2013, 12))).isTrue();
        assertThat(quarter.holds(YearMonth.of(2013, 9))).isFalse();
        assertThat(quarter.holds(YearMonth.of(2014, 1))).isFalse();
    }
}
