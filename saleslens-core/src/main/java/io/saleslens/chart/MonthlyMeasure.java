package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

/**
 * One monthly figure to plot: the {@code monthly[]} field it reads and how the panel shows it.
 *
 * @param field key in each {@code monthly[]} row, e.g. {@code revenue}
 * @param title panel title
 * @param valueAxisLabel value axis label including the unit, e.g. {@code Revenue ($)}
 * @param unit whether values are dollars or counts, which decides the tick format
 * @param shape bars for additive figures, a line for ratios
 */
record MonthlyMeasure(String field, String title, String valueAxisLabel, Unit unit, Shape shape) {

    enum Unit {
        DOLLARS,
        COUNT
    }

    enum Shape {
        BARS,
        LINE
    }

    MonthlyMeasure {
        requireNonNull(field, "field is null");
        requireNonNull(title, "title is null");
        requireNonNull(valueAxisLabel, "valueAxisLabel is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(shape, "shape is null");
    }
}
