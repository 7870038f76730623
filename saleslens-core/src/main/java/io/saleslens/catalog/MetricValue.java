package io.saleslens.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One value of a catalogue metric in one run.
 *
 * @param dimension the member of the metric's grain the value belongs to (a segment, a country, a month); empty for a
 *     metric of the whole run
 * @param number the value, for every unit but {@link Unit#DATE}
 * @param text the ISO date of a {@link Unit#DATE} metric
 */
public record MetricValue(String key, Optional<String> dimension, Double number, String text) {

    public MetricValue {
        requireNonNull(key, "key is null");
        requireNonNull(dimension, "dimension is null");
        if ((number == null) == (text == null)) {
            throw new IllegalArgumentException(key + ": a value is a number or a date text, exactly one of them");
        }
    }
}
