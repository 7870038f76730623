package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DefectCountsTest {
    @Test
    void addsVariantSpellingsAndTotals() {
        DefectCounts counts = new DefectCounts(1, 2, 3, 4, 5, 6, 7, 8);

        assertThat(counts.variantSpellings()).isEqualTo(15);
        assertThat(counts.total()).isEqualTo(36);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new DefectCounts(0, 0, -1, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defect counts must not be negative");
    }
}
