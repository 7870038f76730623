package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePointsTest {

    @Test
    void findsBothShiftsOfATwoStepSeries() {
        double[] values = new double[36];
        for (int i = 0; i < values.length; i++) {
            double level = i < 12 ? 3200 : i < 25 ? 1800 : 700;
            values[i] = level + 40 * Math.sin(i * 1.3);
        }

        List<ChangePoints.Shift> shifts = ChangePoints.find(values);

        assertThat(shifts).extracting(ChangePoints.Shift::index).containsExactly(12, 25);
        assertThat(shifts.get(0).meanBefore()).isBetween(3150.0, 3250.0);
        assertThat(shifts).allSatisfy(shift -> assertThat(shift.pValue()).isLessThan(0.05));
    }

    @Test
    void findsNothingInAStableSeries() {
        double[] values = new double[36];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 + 50 * Math.sin(i * 2.1);
        }

        assertThat(ChangePoints.find(values)).isEmpty();
    }

    @Test
    void leavesSeriesTooShortForTwoSegmentsAlone() {
        assertThat(ChangePoints.find(new double[] {1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9}))
                .isEmpty();
    }

    @Test
    void splitsWhereTheTwoMeansFitBest() {
        assertThat(ChangePoints.bestSplit(new double[] {5, 5, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1}))
                .isEqualTo(8);
    }
}
