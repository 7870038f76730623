package io.saleslens.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobustScoreTest {

    @Test
    void theScoreIsTheDistanceFromTheMedianInMadUnits() {
        // Median 11; deviations 1, 1, 0, 2, 2 have median 1; 0.6745 x (20 - 11) / 1 = 6.0705.
        RobustScore score = RobustScore.of(List.of(10.0, 12.0, 11.0, 13.0, 9.0), 20);
        assertThat(score.median()).isEqualTo(11.0);
        assertThat(score.mad()).isEqualTo(1.0);
        assertThat(score.z()).isCloseTo(6.0705, within(1e-9));
    }

    @Test
    void oneOutlierAmongTheEarlierValuesDoesNotHideTheNextOne() {
        // A mean and standard deviation would be pulled by the 1000; the median (11) and MAD (1) are not.
        RobustScore score = RobustScore.of(List.of(10.0, 12.0, 11.0, 1000.0, 9.0, 11.0), 20);
        assertThat(score.median()).isEqualTo(11.0);
        assertThat(score.mad()).isEqualTo(1.0);
        assertThat(score.z()).isGreaterThan(3.5);
    }

    @Test
    void whenMostEarlierValuesAreEqualTheMeanDeviationStandsInForTheMad() {
        // Deviations 0, 0, 0, 0, 4: MAD 0, mean deviation 0.8; (9 - 5) / (1.253314 x 0.8) = 3.98943.
        RobustScore score = RobustScore.of(List.of(5.0, 5.0, 5.0, 5.0, 9.0), 9);
        assertThat(score.mad()).isZero();
        assertThat(score.z()).isCloseTo(4 / (1.253314 * 0.8), within(1e-9));
    }

    @Test
    void valuesWithoutSpreadHaveNoScore() {
        assertThat(RobustScore.of(List.of(5.0, 5.0, 5.0, 5.0, 5.0), 6).z()).isNull();
    }
}
