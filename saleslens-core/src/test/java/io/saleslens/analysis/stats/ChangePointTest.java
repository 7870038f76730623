package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ChangePointTest {

    @Test
    void handComputedSmallSeries() {
        // x = [1, 1, 5, 5]. U_t = sum over i <= t < j of sign(x_i - x_j):
        //   t=1: sign(1-1) + sign(1-5) + sign(1-5)                      = -2
        //   t=2: adds x_2 against all: sign(1-1)+0+sign(1-5)+sign(1-5)   = -4
        //   t=3: adds x_3 against all: sign(5-1)+sign(5-1)+0+0           = -2
        // K = 4 at t = 2, so the new level starts at index 2.
        // p = 2 exp(-6 * 16 / (64 + 16)) = 2 exp(-1.2) = 0.60239.
        ChangePointResult result = ChangePoint.pettitt(new double[] {1, 1, 5, 5});

        assertThat(result.index()).isEqualTo(2);
        assertThat(result.statisticK()).isEqualTo(4);
        assertThat(result.pValue()).isCloseTo(2 * Math.exp(-1.2), offset(1e-12));
        assertThat(result.meanBefore()).isEqualTo(1);
        assertThat(result.meanAfter()).isEqualTo(5);
        assertThat(result.significant()).isFalse();
    }

    @Test
    void findsAPlantedLevelShift() {
        double[] values = SyntheticSeries.whiteNoise(36, 1000, 50, 21);
        for (int i = 20; i < values.length; i++) {
            values[i] += 300;
        }

        ChangePointResult result = ChangePoint.pettitt(values);

        assertThat(result.index()).isBetween(19, 21);
        assertThat(result.pValue()).isLessThan(0.05);
        assertThat(result.significant()).isTrue();
        assertThat(result.shift()).isCloseTo(300, offset(60.0));
    }

    @Test
    void findsADownwardShiftEarlyInTheSeries() {
        double[] values = SyntheticSeries.whiteNoise(30, 500, 20, 4);
        for (int i = 8; i < values.length; i++) {
            values[i] -= 100;
        }

        ChangePointResult result = ChangePoint.pettitt(values);

        assertThat(result.index()).isBetween(7, 9);
        assertThat(result.significant()).isTrue();
        assertThat(result.meanAfter()).isLessThan(result.meanBefore());
    }

    @Test
    void whiteNoiseHasNoSignificantShift() {
        assertThat(ChangePoint.pettitt(SyntheticSeries.whiteNoise(36, 1000, 50, 1))
                        .significant())
                .isFalse();
        // The p-value approximation is conservative, so chance shifts should be at most about 5%.
        int significant = 0;
        for (long seed = 1; seed <= 100; seed++) {
            if (ChangePoint.pettitt(SyntheticSeries.whiteNoise(36, 1000, 50, seed))
                    .significant()) {
                significant++;
            }
        }
        assertThat(significant).isLessThanOrEqualTo(8);
    }

    @Test
    void constantSeriesHasNoShift() {
        ChangePointResult result = ChangePoint.pettitt(new double[] {3, 3, 3, 3, 3});

        assertThat(result.statisticK()).isZero();
        assertThat(result.pValue()).isEqualTo(1);
        assertThat(result.significant()).isFalse();
    }

    @Test
    void rejectsTooShortSeries() {
        assertThatThrownBy(() -> ChangePoint.pettitt(new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values needs at least 3 values, got 2");
    }
}
