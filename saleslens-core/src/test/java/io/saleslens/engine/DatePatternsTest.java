package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatePatternsTest {

    @Test
    void convertsJavaPatternsToStrftime() {
        assertThat(DatePatterns.toStrftime("yyyyMMdd")).isEqualTo("%Y%m%d");
        assertThat(DatePatterns.toStrftime("dd/MM/yy")).isEqualTo("%d/%m/%y");
        assertThat(DatePatterns.toStrftime("d.M.yyyy")).isEqualTo("%-d.%-m.%Y");
    }

    @Test
    void knowsWhichPatternsHaveAFixedWidth() {
        assertThat(DatePatterns.isFixedWidth("yyyyMMdd")).isTrue();
        assertThat(DatePatterns.isFixedWidth("yyyy-MM-dd")).isTrue();
        assertThat(DatePatterns.isFixedWidth("d/M/yyyy")).isFalse();
    }

    @Test
    void rejectsFieldsItCannotConvert() {
        assertThatThrownBy(() -> DatePatterns.toStrftime("yyyy-MMM-dd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported date pattern field 'MMM'");
    }
}
