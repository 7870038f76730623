package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {
    private static final Path OUT = Path.of("out");

    @Test
    void builderStartsFromTheDefaults() {
        GeneratorOptions options = GeneratorOptions.builder(100, OUT).build();

        assertThat(options.lines()).isEqualTo(100);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.dirtRate()).isEqualTo(0.01);
        assertThat(options.outputDirectory()).isEqualTo(OUT);
        assertThat(options.startDate()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(options.months()).isEqualTo(36);
    }

    @Test
    void startDateMovesToTheFirstOfItsMonth() {
        GeneratorOptions options = GeneratorOptions.builder(100, OUT)
                .startDate(LocalDate.of(2020, 5, 17))
                .months(3)
                .build();

        assertThat(options.startDate()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(options.months()).isEqualTo(3);
    }

    @Test
    void rejectsNoLines() {
        assertThatThrownBy(() -> GeneratorOptions.builder(0, OUT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lines must be at least 1, got 0");
    }

    @Test
    void rejectsADirtRateOutsideZeroToOne() {
        assertThatThrownBy(() -> GeneratorOptions.builder(10, OUT).dirtRate(1.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dirtRate must be between 0 and 1, got 1.5");
        assertThatThrownBy(() ->
                        GeneratorOptions.builder(10, OUT).dirtRate(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dirtRate must be between 0 and 1, got NaN");
    }

    @Test
    void rejectsNoMonths() {
        assertThatThrownBy(() -> GeneratorOptions.builder(10, OUT).months(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months must be at least 1, got 0");
    }

    @Test
    void rejectsAMissingOutputDirectory() {
        assertThatThrownBy(() -> GeneratorOptions.builder(10, null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("outputDirectory is null");
    }
}
