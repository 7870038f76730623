package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    /** Level 1000 rising 5 a month, a 200 swing peaking in December, noise of 10. */
    private static double[] cleanSeasonal(int length, long seed) {
        double[] values = SyntheticSeries.seasonal(length, 1, 12, 1000, 200, 10, seed);
        for (int i = 0; i < length; i++) {
            values[i] += 5 * i;
        }
        return values;
    }

    @Test
    void cleanSeasonalSeriesBacktestsWell() {
        ForecastResult result = HoltWinters.forecast(cleanSeasonal(48, 3), 12);

        assertThat(result.available()).isTrue();
        assertThat(result.horizon()).isEqualTo(12);
        assertThat(result.backtestMape()).isLessThan(10.0);
        assertThat(result.reason()).contains("chosen by lower AIC").doesNotContain("back-test");
    }

    @Test
    void pointForecastsFollowThePlantedPattern() {
        double[] values = cleanSeasonal(60, 4);
        double[] history = Arrays.copyOf(values, 48);

        ForecastResult result = HoltWinters.forecast(history, 12);

        for (int h = 0; h < 12; h++) {
            int month = (48 + h) % 12 + 1;
            double planted = 1000 + 5 * (48 + h) + 200 * Math.cos(2 * Math.PI * (month - 12) / 12.0);
            assertThat(result.point().get(h)).as("month %d ahead", h + 1).isCloseTo(planted, offset(40.0));
        }
    }

    @Test
    void intervalsContainThePointAndWidenWithConfidenceAndHorizon() {
        ForecastResult result = HoltWinters.forecast(cleanSeasonal(48, 5), 12);

        for (int h = 0; h < result.horizon(); h++) {
            double point = result.point().get(h);
            assertThat(result.lower80().get(h)).isLessThan(point);
            assertThat(result.upper80().get(h)).isGreaterThan(point);
            assertThat(result.lower95().get(h)).isLessThan(result.lower80().get(h));
            assertThat(result.upper95().get(h)).isGreaterThan(result.upper80().get(h));
        }
        double firstWidth = result.upper95().get(0) - result.lower95().get(0);
        double lastWidth = result.upper95().get(11) - result.lower95().get(11);
        assertThat(lastWidth).isGreaterThanOrEqualTo(firstWidth);
    }

    @Test
    void ninetyFivePercentIntervalIsWiderByTheRatioOfNormalQuantiles() {
        // For a normal interval the half-widths scale as 1.95996 / 1.28155 = 1.52937.
        ForecastResult result = HoltWinters.forecast(cleanSeasonal(48, 6), 3);

        double half80 = result.upper80().get(0) - result.point().get(0);
        double half95 = result.upper95().get(0) - result.point().get(0);
        assertThat(half95 / half80).isCloseTo(1.52937, offset(1e-4));
    }

    @Test
    void intervalsCoverMostHeldOutMonths() {
        // Honest check of the interval width: over 20 seeds and 6 held-out months the 95% interval
        // should miss rarely. It ignores parameter uncertainty, so allow up to 15% misses.
        int misses = 0;
        for (long seed = 1; seed <= 20; seed++) {
            double[] values = cleanSeasonal(54, seed);
            ForecastResult result = HoltWinters.forecast(Arrays.copyOf(values, 48), 6);
            for (int h = 0; h < 6; h++) {
                double actual = values[48 + h];
                if (actual < result.lower95().get(h)
                        || actual > result.upper95().get(h)) {
                    misses++;
                }
            }
        }
        assertThat(misses).isLessThanOrEqualTo(18);
    }

    @Test
    void growingSeasonalSwingsChooseTheMultiplicativeForm() {
        // Level grows 4% a month and the season is +-40% of it: swings triple over three years.
        double[] values = new double[48];
        Random random = new Random(9);
        for (int i = 0; i < values.length; i++) {
            double level = 100 * Math.pow(1.04, i);
            double season = 1 + 0.4 * Math.cos(2 * Math.PI * (i % 12) / 12.0);
            values[i] = level * season * (1 + 0.01 * random.nextGaussian());
        }

        ForecastResult result = HoltWinters.forecast(values, 6);

        assertThat(result.model()).isEqualTo("multiplicative");
        assertThat(result.backtestMape()).isLessThan(10.0);
    }

    @Test
    void seriesWithNonPositiveValuesUseTheAdditiveForm() {
        double[] values = SyntheticSeries.seasonal(36, 1, 6, 0, 100, 5, 2);

        ForecastResult result = HoltWinters.forecast(values, 3);

        assertThat(result.model()).isEqualTo("additive");
    }

    @Test
    void shortSeriesHasNoForecastAndSaysWhy() {
        ForecastResult result = HoltWinters.forecast(cleanSeasonal(18, 1), 6);

        assertThat(result.available()).isFalse();
        assertThat(result.model()).isEqualTo("none");
        assertThat(result.point()).isEmpty();
        assertThat(result.backtestMape()).isNaN();
        assertThat(result.reason())
                .isEqualTo(
                        "forecast unavailable: 18 months given, a seasonal model needs at least 24" + " (two years)");
    }

    @Test
    void seriesTooShortForTheBacktestStillForecasts() {
        ForecastResult result = HoltWinters.forecast(cleanSeasonal(27, 1), 6);

        assertThat(result.available()).isTrue();
        assertThat(result.backtestMape()).isNaN();
        assertThat(result.reason()).endsWith("; no back-test: it needs 30 months, got 27");
    }

    @Test
    void backtestMapeIsUndefinedWhenAHeldOutMonthIsZero() {
        double[] values = cleanSeasonal(36, 1);
        values[33] = 0;

        ForecastResult result = HoltWinters.forecast(values, 3);

        assertThat(result.backtestMape()).isNaN();
        assertThat(result.reason()).endsWith("; no back-test MAPE: a held-out month is zero");
    }

    @Test
    void rejectsANonPositiveHorizon() {
        assertThatThrownBy(() -> HoltWinters.forecast(cleanSeasonal(36, 1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be at least 1, got 0");
    }
}
