package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HoltWintersFitTest {

    /** Exactly linear trend plus a fixed seasonal shape: the starting states are already exact. */
    private static double[] perfectAdditive(int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = 500 + 3 * i + 50 * Math.sin(2 * Math.PI * i / 12.0);
        }
        return values;
    }

    @Test
    void perfectAdditiveSeriesHasNoOneStepError() {
        HoltWintersFit fit =
                HoltWintersFit.filter(perfectAdditive(36), SeasonalForm.ADDITIVE, new double[] {0.3, 0.1, 0.2});

        assertThat(fit.sse).isCloseTo(0.0, offset(1e-12));
        assertThat(fit.errorCount()).isEqualTo(24);
    }

    @Test
    void forecastsContinueAPerfectSeries() {
        double[] values = perfectAdditive(48);
        double[] history = Arrays.copyOf(values, 36);

        double[] forecast = HoltWintersFit.fit(history, SeasonalForm.ADDITIVE).pointForecast(12);

        for (int h = 0; h < 12; h++) {
            assertThat(forecast[h]).isCloseTo(values[36 + h], offset(1e-6));
        }
    }

    @Test
    void fittedParametersStayInsideTheUnitInterval() {
        double[] values = SyntheticSeries.seasonal(48, 1, 3, 1000, 150, 40, 12);

        HoltWintersFit fit = HoltWintersFit.fit(values, SeasonalForm.MULTIPLICATIVE);

        assertThat(fit.alpha).isStrictlyBetween(0.0, 1.0);
        assertThat(fit.beta).isStrictlyBetween(0.0, 1.0);
        assertThat(fit.gamma).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void refinementIsNeverWorseThanTheBestGridPoint() {
        double[] values = SyntheticSeries.seasonal(48, 1, 3, 1000, 150, 40, 12);
        double bestGrid = Double.POSITIVE_INFINITY;
        for (double a : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            for (double b : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
                for (double g : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
                    bestGrid = Math.min(
                            bestGrid, HoltWintersFit.filter(values, SeasonalForm.ADDITIVE, new double[] {a, b, g}).sse);
                }
            }
        }

        assertThat(HoltWintersFit.fit(values, SeasonalForm.ADDITIVE).sse).isLessThanOrEqualTo(bestGrid);
    }

    @Test
    void multiplicativeFormIsUnavailableForNonPositiveValues() {
        double[] values = perfectAdditive(36);
        values[3] = 0;

        assertThat(HoltWintersFit.fit(values, SeasonalForm.MULTIPLICATIVE)).isNull();
    }

    @Test
    void varianceFactorByHand() {
        // alpha 0.5, beta 0.2, gamma 0.3: c_1 = 0.5 (1 + 0.2) = 0.6, c_2 = 0.5 (1 + 0.4) = 0.7.
        // h=1: 1; h=2: 1 + 0.36 = 1.36; h=3: 1.36 + 0.49 = 1.85.
        // c_12 = 0.5 (1 + 2.4) + 0.3 (1 - 0.5) = 1.85 adds the seasonal term at h = 13.
        HoltWintersFit fit =
                HoltWintersFit.filter(perfectAdditive(36), SeasonalForm.ADDITIVE, new double[] {0.5, 0.2, 0.3});

        assertThat(fit.varianceFactor(1)).isEqualTo(1);
        assertThat(fit.varianceFactor(2)).isCloseTo(1.36, offset(1e-12));
        assertThat(fit.varianceFactor(3)).isCloseTo(1.85, offset(1e-12));
        double withoutSeason = 0.5 * (1 + 12 * 0.2);
        assertThat(fit.varianceFactor(13) - fit.varianceFactor(12))
                .isCloseTo(1.85 * 1.85, offset(1e-12))
                .isGreaterThan(withoutSeason * withoutSeason);
    }
}
