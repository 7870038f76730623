package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeasonalityTest {

    @Test
    void detectsPlantedSeasonalityAndItsPeakMonthOverManySeeds() {
        // Starts in April so a wrong month-of-year mapping would move the peak away from November.
        for (long seed = 1; seed <= 20; seed++) {
            double[] values = SyntheticSeries.seasonal(36, 4, 11, 1000, 200, 10, seed);

            SeasonalityResult result = Seasonality.detect(values, 4);

            assertThat(result.detected())
                    .as("seed %d: %s", seed, result.reason())
                    .isTrue();
            assertThat(result.peakMonths()).as("seed %d", seed).containsExactly(11);
            assertThat(result.troughMonths()).as("seed %d", seed).containsExactly(5);
            assertThat(result.cycles()).isEqualTo(3);
            assertThat(result.strength()).isGreaterThanOrEqualTo(Seasonality.STRENGTH_THRESHOLD);
            assertThat(result.acfLag12()).isGreaterThan(result.acfBound());
        }
    }

    @Test
    void detectsNoisierSeasonalityWithThePeakWithinOneMonth() {
        // Noise of a quarter of the amplitude: neighbours of November are only 27 below it, so the
        // exact month may slip by one, but never further.
        for (long seed = 1; seed <= 20; seed++) {
            double[] values = SyntheticSeries.seasonal(48, 1, 11, 1000, 200, 50, seed);

            SeasonalityResult result = Seasonality.detect(values, 1);

            assertThat(result.detected())
                    .as("seed %d: %s", seed, result.reason())
                    .isTrue();
            assertThat(result.peakMonths())
                    .allSatisfy(month -> assertThat(month).isBetween(10, 12));
        }
    }

    @Test
    void indexByMonthIsMonthMeanOverOverallMean() {
        double[] values = SyntheticSeries.seasonal(24, 1, 7, 1000, 300, 0, 1);

        SeasonalityResult result = Seasonality.detect(values, 1);

        assertThat(result.indexByMonth()).hasSize(12);
        assertThat(result.indexByMonth().get(6)).isCloseTo(1.3, offset(1e-9));
        assertThat(result.indexByMonth().get(0)).isCloseTo(0.7, offset(1e-9));
    }

    @Test
    void whiteNoiseIsNotSeasonal() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] values = SyntheticSeries.whiteNoise(36, 1000, 100, seed);

            SeasonalityResult result = Seasonality.detect(values, 1);

            assertThat(result.detected())
                    .as("seed %d: %s", seed, result.reason())
                    .isFalse();
            assertThat(result.reason()).containsAnyOf("strength", "autocorrelation");
        }
    }

    @Test
    void eighteenMonthsAreTooShortAndSaySo() {
        double[] values = SyntheticSeries.seasonal(18, 1, 12, 1000, 200, 10, 7);

        SeasonalityResult result = Seasonality.detect(values, 1);

        assertThat(result.detected()).isFalse();
        assertThat(result.cycles()).isEqualTo(1);
        assertThat(result.reason()).isEqualTo("only 1 complete year (18 months; 24 needed)");
        assertThat(result.strength()).isNaN();
        assertThat(result.acfLag12()).isNaN();
        // One complete year still gives a profile to show, even though nothing is claimed from it.
        assertThat(result.indexByMonth()).hasSize(12);
    }

    @Test
    void aFlatSeriesHasNoSeasonality() {
        double[] values = new double[36];
        Arrays.fill(values, 500);

        SeasonalityResult result = Seasonality.detect(values, 1);

        assertThat(result.detected()).isFalse();
        assertThat(result.strength()).isZero();
        assertThat(result.reason()).isEqualTo("no variation around the trend");
    }

    @Test
    void aStrongTrendWithoutSeasonIsNotSeasonal() {
        double[] values = SyntheticSeries.linearTrend(48, 100, 20, 10, 3);

        SeasonalityResult result = Seasonality.detect(values, 1);

        assertThat(result.detected()).as(result.reason()).isFalse();
    }

    @Test
    void strengthIsOneMinusTheRemainderShareOfDetrendedVariance() {
        // R = [1, -1, 1, -1] has sample variance 4/3; S + R = [3, -3, 3, -3] has 12;
        // 1 - (4/3) / 12 = 8/9.
        double strength = Seasonality.strength(new double[] {1, -1, 1, -1}, new double[] {3, -3, 3, -3});

        assertThat(strength).isCloseTo(8.0 / 9, offset(1e-12));
    }

    @Test
    void strengthIsNeverNegative() {
        assertThat(Seasonality.strength(new double[] {3, -3, 3, -3}, new double[] {1, -1, 1, -1}))
                .isZero();
    }

    @Test
    void autocorrelationOfAPerfectPeriodicSeriesAtItsPeriod() {
        // [1,-1,1,-1]: mean 0, lag-0 sum 4, lag-2 sum (1*1 + -1*-1) = 2, so 2/4.
        assertThat(Seasonality.autocorrelation(new double[] {1, -1, 1, -1}, 2)).isEqualTo(0.5);
    }

    @Test
    void rejectsAMonthOutsideTheCalendar() {
        assertThatThrownBy(() -> Seasonality.detect(new double[24], 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstMonth must be 1..12, got 13");
    }

    @Test
    void rejectsNonFiniteValues() {
        double[] values = new double[30];
        values[4] = Double.NaN;

        assertThatThrownBy(() -> Seasonality.detect(values, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthly values has a non-finite value NaN at index 4");
    }
}
