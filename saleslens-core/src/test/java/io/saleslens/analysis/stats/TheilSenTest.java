package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class TheilSenTest {

    @Test
    void medianOfAnOddNumberOfPairwiseSlopes() {
        // [1, 3, 2]: slopes (0,1) = 2, (0,2) = 0.5, (1,2) = -1; median 0.5.
        assertThat(TheilSen.slope(new double[] {1, 3, 2})).isEqualTo(0.5);
    }

    @Test
    void medianOfAnEvenNumberOfPairwiseSlopes() {
        // [1, 2, 3, 2, 4]: ten slopes, sorted -1, 0, 1/3, 1/2, 2/3, 3/4, 1, 1, 1, 2;
        // median = (2/3 + 3/4) / 2 = 17/24.
        assertThat(TheilSen.slope(new double[] {1, 2, 3, 2, 4})).isCloseTo(17.0 / 24, offset(1e-12));
    }

    @Test
    void ignoresASingleOutlier() {
        double[] values = {0, 2, 4, 6, 100, 10, 12, 14, 16};

        assertThat(TheilSen.slope(values)).isEqualTo(2);
    }

    @Test
    void needsTwoValues() {
        assertThatThrownBy(() -> TheilSen.slope(new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values needs at least 2 values, got 1");
    }
}
