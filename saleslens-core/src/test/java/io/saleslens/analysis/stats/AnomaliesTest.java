package io.saleslens.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class AnomaliesTest {

    @Test
    void handComputedSmallSeries() {
        // r = [1, 2, 3, 4, 100]: median 3; |r - 3| = [2, 1, 0, 1, 97]; MAD = 1.
        // Cut-off 3 * 1.4826 * 1 = 4.4478, so only 100 is flagged, with z = 97 / 1.4826 = 65.4256.
        AnomalyResult result = Anomalies.find(new double[] {1, 2, 3, 4, 100});

        assertThat(result.median()).isEqualTo(3);
        assertThat(result.mad()).isEqualTo(1);
        assertThat(result.anomalies()).hasSize(1);
        Anomaly anomaly = result.anomalies().get(0);
        assertThat(anomaly.index()).isEqualTo(4);
        assertThat(anomaly.value()).isEqualTo(100);
        assertThat(anomaly.robustZ()).isCloseTo(97 / 1.4826, offset(1e-12));
    }

    @Test
    void pointJustInsideTheCutOffIsNotFlagged() {
        // Same median and MAD as above; 7 is 4 away, z = 2.70, below 3.
        AnomalyResult result = Anomalies.find(new double[] {1, 2, 3, 4, 7});

        assertThat(result.anomalies()).isEmpty();
    }

    @Test
    void findsPlantedOutliersInNoiseAndNothingElse() {
        double[] residuals = SyntheticSeries.whiteNoise(48, 0, 10, 8);
        residuals[10] = 100;
        residuals[30] = -90;

        AnomalyResult result = Anomalies.find(residuals);

        assertThat(result.indices()).containsExactly(10, 30);
        assertThat(result.anomalies().get(0).robustZ()).isGreaterThan(3);
        assertThat(result.anomalies().get(1).robustZ()).isLessThan(-3);
    }

    @Test
    void findsAnOutlierInAnStlRemainder() {
        // A spike of ten noise standard deviations. A quarter of it leaks into April's seasonal value
        // (see StlDecomposition), which for some seeds also flags another April; not for this one.
        double[] values = SyntheticSeries.seasonal(48, 1, 12, 1000, 200, 10, 1);
        values[27] += 100;

        double[] remainder = StlDecomposition.monthly(values).remainderValues();

        assertThat(Anomalies.find(remainder).indices()).containsExactly(27);
    }

    @Test
    void aLowerThresholdFlagsMore() {
        double[] residuals = {1, 2, 3, 4, 7};

        assertThat(Anomalies.find(residuals, 2.5).indices()).containsExactly(4);
    }

    @Test
    void flagsNothingWhenMostResidualsAreIdentical() {
        AnomalyResult result = Anomalies.find(new double[] {5, 5, 5, 5, 9});

        assertThat(result.mad()).isZero();
        assertThat(result.anomalies()).isEmpty();
    }

    @Test
    void rejectsANonPositiveThreshold() {
        assertThatThrownBy(() -> Anomalies.find(new double[] {1, 2}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be positive and finite, got 0.0");
    }
}
