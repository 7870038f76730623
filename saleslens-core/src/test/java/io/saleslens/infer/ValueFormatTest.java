package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    /** A profile of 100 values with the given shape counts; the rest zero. */
    private static ColumnProfile profile(Map<String, Long> counts) {
        return new ColumnProfile(
                "c",
                100,
                counts.getOrDefault("distinct", 100L),
                counts.getOrDefault("integers", 0L),
                counts.getOrDefault("point", 0L),
                counts.getOrDefault("comma", 0L),
                counts.getOrDefault("pointDecimals", 0L),
                counts.getOrDefault("commaDecimals", 0L),
                counts.getOrDefault("currency", 0L),
                counts.getOrDefault("grouped", 0L),
                counts.getOrDefault("iso", 0L),
                counts.getOrDefault("compact", 0L),
                counts.getOrDefault("slash", 0L),
                counts.getOrDefault("first", 0L),
                counts.getOrDefault("second", 0L),
                counts.getOrDefault("yy", 0L),
                counts.getOrDefault("yyyy", 0L),
                "/",
                Map.of(),
                List.of());
    }

    @Test
    void aDayAboveTwelveAnywhereInTheColumnMeansDaysFirst() {
        ValueFormat format = ValueFormat.of(profile(Map.of("slash", 100L, "first", 31L, "second", 12L, "yy", 100L)));
        assertThat(format.datePattern()).isEqualTo("d/M/yy");
        assertThat(format.ambiguity()).isNull();
    }

    @Test
    void aSecondPartAboveTwelveMeansMonthsFirst() {
        ValueFormat format = ValueFormat.of(profile(Map.of("slash", 100L, "first", 12L, "second", 28L, "yyyy", 100L)));
        assertThat(format.datePattern()).isEqualTo("M/d/yyyy");
    }

    @Test
    void datesWithNoPartAboveTwelveAreAmbiguous() {
        ValueFormat format = ValueFormat.of(profile(Map.of("slash", 100L, "first", 12L, "second", 11L, "yy", 100L)));
        assertThat(format.datePattern()).isNull();
        assertThat(format.ambiguity()).isEqualTo("could be d/M/yy or M/d/yy (no part is above 12)");
    }

    @Test
    void mixedYearWidthsAreAmbiguous() {
        ValueFormat format =
                ValueFormat.of(profile(Map.of("slash", 100L, "first", 31L, "second", 12L, "yy", 60L, "yyyy", 40L)));
        assertThat(format.ambiguity()).isEqualTo("mixes two-digit (60) and four-digit (40) years");
    }

    @Test
    void commaDecimalsWithoutPointDecimalsReadAsDecimalComma() {
        ValueFormat format =
                ValueFormat.of(profile(Map.of("comma", 100L, "point", 40L, "commaDecimals", 60L, "currency", 3L)));
        assertThat(format.kind()).isEqualTo(ValueFormat.Kind.DECIMAL);
        assertThat(format.decimalComma()).isTrue();
        assertThat(format.currency()).isTrue();
    }

    @Test
    void thousandsCommasWithPointDecimalsReadAsDecimalPoint() {
        ValueFormat format =
                ValueFormat.of(profile(Map.of("point", 100L, "comma", 30L, "pointDecimals", 70L, "grouped", 30L)));
        assertThat(format.decimalComma()).isFalse();
        assertThat(format.grouped()).isTrue();
    }

    @Test
    void integersThatAreAllValidCompactDatesAreDateKeys() {
        ValueFormat format =
                ValueFormat.of(profile(Map.of("integers", 100L, "compact", 100L, "point", 100L, "comma", 100L)));
        assertThat(format.kind()).isEqualTo(ValueFormat.Kind.INTEGER);
        assertThat(format.compactDate()).isTrue();
    }

    @Test
    void oneOddValueInAHundredStillGivesTheType() {
        assertThat(ValueFormat.of(profile(Map.of("integers", 99L))).kind()).isEqualTo(ValueFormat.Kind.INTEGER);
        assertThat(ValueFormat.of(profile(Map.of("integers", 98L))).kind()).isEqualTo(ValueFormat.Kind.TEXT);
    }
}
