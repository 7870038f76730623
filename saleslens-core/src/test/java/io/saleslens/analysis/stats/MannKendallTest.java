package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void handComputedSmallSeriesWithATie() {
        // x = [1, 2, 3, 2, 4]; signs of x_j - x_i for i < j:
        //   i=0 (1): +,+,+,+  -> 4
        //   i=1 (2): +,0,+    -> 2
        //   i=2 (3): -,+      -> 0
        //   i=3 (2): +        -> 1
        // S = 7. One tie group (the two 2s), t = 2: t(t-1)(2t+5) = 2*1*9 = 18.
        // Var(S) = [5*4*15 - 18] / 18 = 282/18 = 15.6667.
        // z = (S - 1) / sqrt(Var) = 6 / 3.95811 = 1.51587; p = 2 * (1 - Phi(1.51587)) = 0.12955.
        TrendTestResult result = MannKendall.test(new double[] {1, 2, 3, 2, 4});

        assertThat(result.s()).isEqualTo(7);
        assertThat(result.varianceS()).isCloseTo(282.0 / 18, offset(1e-12));
        assertThat(result.z()).isCloseTo(1.51587, offset(1e-5));
        assertThat(result.pValue()).isCloseTo(0.12955, offset(1e-5));
        assertThat(result.direction()).isEqualTo(TrendDirection.NONE);
        assertThat(result.theilSenSlope()).isCloseTo(17.0 / 24, offset(1e-12));
    }

    @Test
    void strictlyDecreasingFiveValues() {
        // No ties: S = -10, Var = 5*4*15/18 = 16.6667, z = (-10 + 1) / 4.08248 = -2.20454,
        // p = 2 * Phi(-2.20454) = 0.02748 < 0.05.
        TrendTestResult result = MannKendall.test(new double[] {9, 7, 5, 3, 1});

        assertThat(result.s()).isEqualTo(-10);
        assertThat(result.varianceS()).isCloseTo(300.0 / 18, offset(1e-12));
        assertThat(result.z()).isCloseTo(-2.20454, offset(1e-5));
        assertThat(result.pValue()).isCloseTo(0.02748, offset(1e-5));
        assertThat(result.direction()).isEqualTo(TrendDirection.DECREASING);
        assertThat(result.theilSenSlope()).isEqualTo(-2);
    }

    @Test
    void findsAPlantedLinearTrendAndItsSlope() {
        double[] values = SyntheticSeries.linearTrend(48, 1000, 5, 20, 11);

        TrendTestResult result = MannKendall.test(values);

        assertThat(result.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(result.pValue()).isLessThan(0.05);
        assertThat(result.theilSenSlope()).isCloseTo(5.0, offset(0.5));
    }

    @Test
    void whiteNoiseRarelyShowsATrend() {
        // At the 5% level about 5 of 100 noise series are called trending by chance; far more would
        // mean the variance or the p-value is wrong.
        int trending = 0;
        for (long seed = 1; seed <= 100; seed++) {
            TrendTestResult result = MannKendall.test(SyntheticSeries.whiteNoise(36, 1000, 100, seed));
            if (result.direction() != TrendDirection.NONE) {
                trending++;
            }
        }

        assertThat(trending).isBetween(1, 10);
    }

    @Test
    void whiteNoiseWithAFixedSeedHasNoTrend() {
        TrendTestResult result = MannKendall.test(SyntheticSeries.whiteNoise(36, 1000, 100, 1));

        assertThat(result.direction()).isEqualTo(TrendDirection.NONE);
        assertThat(result.pValue()).isGreaterThanOrEqualTo(0.05);
    }

    @Test
    void constantSeriesHasZeroVarianceAndNoTrend() {
        // A single tie group of t = n = 5 cancels the whole variance.
        TrendTestResult result = MannKendall.test(new double[] {4, 4, 4, 4, 4});

        assertThat(result.varianceS()).isZero();
        assertThat(result.z()).isZero();
        assertThat(result.pValue()).isEqualTo(1);
        assertThat(result.direction()).isEqualTo(TrendDirection.NONE);
    }

    @Test
    void rejectsTooShortSeries() {
        assertThatThrownBy(() -> MannKendall.test(new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values needs at least 3 values, got 2");
    }
}
