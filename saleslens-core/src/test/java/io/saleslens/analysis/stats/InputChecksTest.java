package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputChecksTest {

    @Test
    void returnsACopySoCallersCannotChangeTheInputLater() {
        double[] values = {1, 2, 3};

        double[] copy = InputChecks.finiteCopy(values, "values", 1);
        values[0] = 99;

        assertThat(copy).containsExactly(1, 2, 3);
    }

    @Test
    void rejectsNullShortAndInfiniteInput() {
        assertThatThrownBy(() -> InputChecks.finiteCopy(null, "values", 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("values is null");
        assertThatThrownBy(() -> InputChecks.finiteCopy(new double[2], "values", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values needs at least 3 values, got 2");
        assertThatThrownBy(() -> InputChecks.finiteCopy(new double[] {1, Double.POSITIVE_INFINITY}, "values", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values has a non-finite value Infinity at index 1");
    }

    @Test
    void rejectsNegativeValuesWhereOnlyTotalsMakeSense() {
        assertThatThrownBy(() -> InputChecks.nonNegativeCopy(new double[] {1, -3}, "totals", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("totals must be non-negative, got -3.0 at index 1");
    }

    @Test
    void boxesIntoAnImmutableList() {
        assertThat(InputChecks.toList(new double[] {1.5, 2})).containsExactly(1.5, 2.0);
    }
}
