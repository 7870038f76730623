package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ConcentrationTest {

    @Test
    void giniOfEqualValuesIsZero() {
        assertThat(Concentration.gini(new double[] {1, 1, 1, 1})).isZero();
    }

    @Test
    void giniOfOneHolderIsThreeQuartersForFourItems() {
        // Population formula: sum |x_i - x_j| over ordered pairs = 6 pairs x 10 = 60;
        // 2 n^2 mean = 2 x 16 x 2.5 = 80; G = 60 / 80 = 0.75.
        assertThat(Concentration.gini(new double[] {0, 0, 0, 10})).isCloseTo(0.75, offset(1e-12));
    }

    @Test
    void giniDoesNotDependOnInputOrder() {
        // [1, 2, 3, 4]: sum |x_i - x_j| over ordered pairs = 2 x (1+2+3+1+2+1) = 20;
        // 2 x 16 x 2.5 = 80; G = 0.25.
        assertThat(Concentration.gini(new double[] {3, 1, 4, 2})).isCloseTo(0.25, offset(1e-12));
    }

    @Test
    void hhiOfTwoEqualHoldersIsOneHalf() {
        assertThat(Concentration.hhi(new double[] {50, 50})).isCloseTo(0.5, offset(1e-12));
    }

    @Test
    void hhiOfAMonopolyIsOne() {
        assertThat(Concentration.hhi(new double[] {0, 0, 7})).isEqualTo(1);
    }

    @Test
    void hhiOfUnequalShares() {
        // Shares 0.6, 0.3, 0.1: 0.36 + 0.09 + 0.01 = 0.46 (4,600 on the 0..10,000 scale).
        assertThat(Concentration.hhi(new double[] {60, 30, 10})).isCloseTo(0.46, offset(1e-12));
    }

    @Test
    void topTwentyPercentRoundsTheItemCountUp() {
        // 10 items: top 2 = 40 + 20 of 100. 6 items: ceil(1.2) = 2 items.
        double[] ten = {40, 20, 10, 5, 5, 5, 5, 4, 3, 3};
        assertThat(Concentration.topShare(ten, 0.2)).isCloseTo(0.60, offset(1e-12));
        assertThat(Concentration.topItemCount(6, 0.2)).isEqualTo(2);
        assertThat(Concentration.topItemCount(3, 0.2)).isEqualTo(1);
        assertThat(Concentration.topItemCount(100, 0.55)).isEqualTo(55);
    }

    @Test
    void ofCombinesTheMeasures() {
        ConcentrationResult result = Concentration.of(new double[] {0, 0, 0, 10});

        assertThat(result.gini()).isCloseTo(0.75, offset(1e-12));
        assertThat(result.hhi()).isEqualTo(1);
        assertThat(result.topItemCount()).isEqualTo(1);
        assertThat(result.topShare()).isEqualTo(1);
    }

    @Test
    void rejectsNegativeAndZeroTotals() {
        assertThatThrownBy(() -> Concentration.of(new double[] {5, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be non-negative, got -1.0 at index 1");
        assertThatThrownBy(() -> Concentration.of(new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values sum to zero; concentration is undefined");
    }
}
