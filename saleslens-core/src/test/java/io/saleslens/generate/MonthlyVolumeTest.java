package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MonthlyVolumeTest {
    private static final LocalDate JANUARY = LocalDate.of(2011, 1, 1);

    @Test
    void monthsAddUpToExactlyTheLines() {
        for (long lines : new long[] {1, 7, 1_000, 123_457}) {
            assertThat(Arrays.stream(MonthlyVolume.linesPerMonth(lines, JANUARY, 36))
                            .sum())
                    .isEqualTo(lines);
        }
    }

    @Test
    void decemberIsTheYearsPeak() {
        long[] months = MonthlyVolume.linesPerMonth(1_000_000, JANUARY, 12);

        assertThat(months[11]).isEqualTo(Arrays.stream(months).max().getAsLong());
        assertThat(months[0]).isLessThan(months[5]);
    }

    @Test
    void eachYearSellsMoreThanTheOneBefore() {
        long[] months = MonthlyVolume.linesPerMonth(1_000_000, JANUARY, 36);

        long first = Arrays.stream(months, 0, 12).sum();
        long second = Arrays.stream(months, 12, 24).sum();
        long third = Arrays.stream(months, 24, 36).sum();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat((double) second / first).isCloseTo(1 + MonthlyVolume.YEARLY_GROWTH, offset(0.01));
    }

    @Test
    void seasonFollowsTheCalendarMonthNotTheFirstMonth() {
        long[] fromJuly = MonthlyVolume.linesPerMonth(1_000_000, LocalDate.of(2011, 7, 1), 12);

        // Index 5 is December: above the November before it and the January after it.
        assertThat(fromJuly[5]).isGreaterThan(fromJuly[4]).isGreaterThan(fromJuly[6]);
    }
}
