package io.saleslens.analysis.stats;

import static io.saleslens.analysis.stats.AbcClass.A;
import static io.saleslens.analysis.stats.AbcClass.B;
import static io.saleslens.analysis.stats.AbcClass.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class AbcClassificationTest {

    @Test
    void classifiesBySharesOfItemsRankedAbove() {
        // Input order shuffled; ranked: 50, 30 | 10, 5 | 3, 2 of 100.
        // Share before each: 0 -> A, 0.50 -> A, 0.80 -> B, 0.90 -> B, 0.95 -> C, 0.98 -> C.
        double[] revenue = {10, 2, 50, 3, 30, 5};

        AbcResult result = AbcClassification.classify(revenue);

        assertThat(result.classByIndex()).containsExactly(B, C, A, C, A, B);
        assertThat(result.countByClass()).containsExactly(entry(A, 2), entry(B, 2), entry(C, 2));
        assertThat(result.revenueByClass()).containsExactly(entry(A, 80.0), entry(B, 15.0), entry(C, 5.0));
    }

    @Test
    void theItemThatCrossesTheThresholdIsStillA() {
        // 95 alone crosses 80%: A; the share before 4 is 0.95, which reaches A + B, so C.
        AbcResult result = AbcClassification.classify(new double[] {95, 4, 1});

        assertThat(result.classByIndex()).containsExactly(A, C, C);
        assertThat(result.countByClass()).containsEntry(B, 0);
        assertThat(result.revenueByClass()).containsEntry(B, 0.0);
    }

    @Test
    void honoursCustomThresholds() {
        // 70/20/10 split: shares before are 0, 0.4, 0.7, 0.85, 0.95.
        double[] revenue = {40, 30, 15, 10, 5};

        AbcResult result = AbcClassification.classify(revenue, 0.70, 0.20);

        assertThat(result.classByIndex()).containsExactly(A, A, B, B, C);
    }

    @Test
    void tiesKeepInputOrder() {
        AbcResult result = AbcClassification.classify(new double[] {25, 25, 25, 25});

        // Shares before: 0, 0.25, 0.5, 0.75 -> all below 0.80.
        assertThat(result.classByIndex()).containsExactly(A, A, A, A);
    }

    @Test
    void rejectsThresholdsAboveTheWhole() {
        assertThatThrownBy(() -> AbcClassification.classify(new double[] {1}, 0.9, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thresholds need 0 < aShare, 0 <= bShare and aShare + bShare <= 1, got aShare 0.9 and"
                        + " bShare 0.2");
    }

    @Test
    void rejectsAZeroTotal() {
        assertThatThrownBy(() -> AbcClassification.classify(new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values sum to zero; there are no shares to classify");
    }
}
