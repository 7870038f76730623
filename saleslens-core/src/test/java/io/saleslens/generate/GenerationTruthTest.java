package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerationTruthTest {
    private static final DefectCounts NO_DEFECTS = new DefectCounts(0, 0, 0, 0, 0, 0, 0, 0);

    @Test
    void datesAreOptionalTogether() {
        GenerationTruth truth = truth(null, null);

        assertThat(truth.firstValidOrderDate()).isEmpty();
        assertThat(truth.lastValidOrderDate()).isEmpty();
        assertThatThrownBy(() -> truth(LocalDate.of(2011, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first and last order date must both be set or unset");
    }

    @Test
    void rejectsMissingDefects() {
        assertThatThrownBy(() -> new GenerationTruth(1, 0, 1, 1, 1, 1, 1, 1, 1, 1, null, null, Map.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("defects is null");
    }

    private static GenerationTruth truth(LocalDate first, LocalDate last) {
        return new GenerationTruth(1, 0, 1, 1, 1, 1, 1, 1, 1, 1, first, last, Map.of(), NO_DEFECTS);
    }
}
