package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MonthlyProfileTest {

    @Test
    void mapsValuesToCalendarMonthsFromTheFirstMonth() {
        // 12 values starting in March: value i belongs to month ((3 - 1 + i) mod 12) + 1.
        double[] values = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2};

        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, 3);

        assertThat(profile.meanByMonth())
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
        // Means 1..12 around 6.5: indexes 1.23 (August) to 1.85 (December) are peaks, 0.15 to 0.77 troughs; four of
        // each.
        assertThat(profile.peakMonths()).containsExactly(12, 11, 10, 9);
        assertThat(profile.troughMonths()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void namesEveryPeakAboveTheRuleInOrderOfSize() {
        // A retail year: November 1.81, December 1.62 and September 1.49 times an average month, the rest below 1.2.
        double[] index = {0.7, 0.6, 0.8, 0.8, 0.85, 0.75, 0.8, 0.9, 1.49, 1.05, 1.81, 1.62};
        double sum = Arrays.stream(index).sum();
        double[] values = Arrays.stream(index).map(v -> v * 12 / sum * 1000).toArray();

        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, 1);

        assertThat(profile.peakMonths()).containsExactly(11, 12, 9);
        assertThat(profile.troughMonths())
                .as("March, April and July tie at the fourth place")
                .containsExactly(2, 1, 6, 3, 4, 7);
    }

    @Test
    void withoutAMonthBeyondTheRuleTheHighestAndLowestAreNamed() {
        double[] values = {10, 10, 10, 10, 10, 11, 10, 10, 10, 10, 9.5, 10};

        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, 1);

        assertThat(profile.peakMonths()).containsExactly(6);
        assertThat(profile.troughMonths()).containsExactly(11);
    }

    @Test
    void usesOnlyTheMostRecentCompleteYears() {
        // 13 values from January: the first January (100) is outside the last complete year.
        double[] values = new double[13];
        values[0] = 100;
        for (int i = 1; i < 13; i++) {
            values[i] = 10;
        }

        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, 1);

        assertThat(profile.meanByMonth()).containsOnly(10.0);
    }

    @Test
    void reportsEveryTiedMonth() {
        double[] values = {5, 1, 5, 2, 2, 2, 2, 2, 2, 2, 2, 1};

        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, 1);

        assertThat(profile.peakMonths()).containsExactly(1, 3);
        assertThat(profile.troughMonths()).containsExactly(2, 12);
    }

    @Test
    void indexIsEmptyWithoutACompleteYearOrAPositiveMean() {
        assertThat(MonthlyProfile.fromCompleteYears(new double[11], 1).indexByMonth())
                .isEmpty();
        assertThat(MonthlyProfile.fromCompleteYears(new double[11], 1).peakMonths())
                .isEmpty();
        assertThat(MonthlyProfile.fromCompleteYears(new double[12], 1).indexByMonth())
                .isEmpty();
    }

    @Test
    void indexAveragesToOne() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

        MonthlyProfile profile = MonthlyProfile.fromCompleteYears(values, 1);

        assertThat(profile.indexByMonth().get(0)).isEqualTo(1 / 6.5);
        assertThat(profile.indexByMonth().stream()
                        .mapToDouble(Double::doubleValue)
                        .average())
                .hasValueCloseTo(1.0, offset(1e-12));
    }
}
