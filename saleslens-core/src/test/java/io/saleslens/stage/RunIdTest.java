package io.saleslens.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RunIdTest {

    @Test
    void formatsStartTimeAndFirstEightHexDigits() {
        RunId id = RunId.of(LocalDateTime.of(2026, 1, 24, 23, 10, 16, 999_000_000), "6470e5239abcdef0123456789");
        assertThat(id).hasToString("20260124_231016_#6470e523");
    }

    @Test
    void parsesWhatItPrints() {
        RunId id = RunId.parse("20260124_231016_#6470e523");
        assertThat(id.startedAt()).isEqualTo(LocalDateTime.of(2026, 1, 24, 23, 10, 16));
        assertThat(id.contentHash()).isEqualTo("6470e523");
        assertThat(RunId.parse(id.toString())).isEqualTo(id);
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> RunId.parse("20260124-231016-6470e523"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a run id: 20260124-231016-6470e523");
    }

    @Test
    void rejectsAHashThatIsNotEightLowercaseHexDigits() {
        assertThatThrownBy(() -> new RunId(LocalDateTime.now(), "6470E52"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 lowercase hex digits");
    }
}
