package io.saleslens.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonthlyMeasureTest {

    @Test
    void rejectsMissingField() {
        assertThatThrownBy(() -> new MonthlyMeasure(
                        null, "Monthly revenue", "Revenue ($)", MonthlyMeasure.Unit.DOLLARS, MonthlyMeasure.Shape.BARS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("field is null");
    }

    @Test
    void rejectsMissingShape() {
        assertThatThrownBy(() -> new MonthlyMeasure(
                        "revenue", "Monthly revenue", "Revenue ($)", MonthlyMeasure.Unit.DOLLARS, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("shape is null");
    }
}
