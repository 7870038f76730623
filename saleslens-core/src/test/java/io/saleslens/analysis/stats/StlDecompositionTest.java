package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class StlDecompositionTest {

    @Test
    void componentsAddUpToTheSeries() {
        double[] values = SyntheticSeries.seasonal(36, 1, 12, 1000, 200, 30, 5);

        Decomposition parts = StlDecomposition.monthly(values);

        assertThat(parts.length()).isEqualTo(36);
        for (int i = 0; i < values.length; i++) {
            double sum = parts.trend().get(i)
                    + parts.seasonal().get(i)
                    + parts.remainder().get(i);
            assertThat(sum).isCloseTo(values[i], offset(1e-6));
        }
    }

    @Test
    void seasonalPartRecoversThePlantedPattern() {
        double[] values = SyntheticSeries.seasonal(48, 1, 12, 1000, 200, 0, 5);

        Decomposition parts = StlDecomposition.monthly(values);

        // December carries +200 and June -200 in the planted cosine.
        assertThat(parts.seasonal().get(11)).isCloseTo(200.0, offset(10.0));
        assertThat(parts.seasonal().get(5)).isCloseTo(-200.0, offset(10.0));
    }

    @Test
    void putsASingleSpikeInTheRemainder() {
        double[] values = SyntheticSeries.seasonal(48, 1, 12, 1000, 200, 5, 5);
        values[30] += 600;

        Decomposition parts = StlDecomposition.monthly(values);

        // Non-robust: a quarter of the spike goes into the seasonal value of that month (4 years).
        assertThat(parts.remainder().get(30)).isGreaterThan(400);
    }

    @Test
    void rejectsFewerThanTwoYears() {
        assertThatThrownBy(() -> StlDecomposition.monthly(new double[23]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthly values needs at least 24 values, got 23");
    }
}
