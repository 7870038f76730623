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
        assertThatThrownBy(() -> DatePatterns.toStrftime("EEE, yyyy-MM-dd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported date pattern field 'EEE'")
                .hasMessageContaining("HH");
    }

    @Test
    void convertsTimesZonesAndQuotedText() {
        assertThat(DatePatterns.toStrftime("yyyy-MM-dd HH:mm:ss Z")).isEqualTo("%Y-%m-%d %H:%M:%S %z");
        assertThat(DatePatterns.toStrftime("yyyy-MM-dd'T'HH:mm:ssXXX")).isEqualTo("%Y-%m-%dT%H:%M:%S%z");
        assertThat(DatePatterns.toStrftime("MM/dd/yyyy hh:mm a")).isEqualTo("%m/%d/%Y %I:%M %p");
        assertThat(DatePatterns.toStrftime("MMM d, yyyy")).isEqualTo("%b %-d, %Y");
    }

    @Test
    void findsAndRemovesTheZoneOffset() {
        assertThat(DatePatterns.hasOffset("yyyy-MM-dd HH:mm:ss Z")).isTrue();
        assertThat(DatePatterns.hasOffset("yyyy-MM-dd'T'HH:mm:ss'Z'"))
                .as("a quoted Z is text")
                .isFalse();
        assertThat(DatePatterns.withoutOffset("yyyy-MM-dd HH:mm:ss Z")).isEqualTo("yyyy-MM-dd HH:mm:ss");
        assertThat(DatePatterns.isFixedWidth("yyyy-MM-dd HH:mm:ss"))
                .as("only date patterns are checked by length")
                .isFalse();
    }
}
