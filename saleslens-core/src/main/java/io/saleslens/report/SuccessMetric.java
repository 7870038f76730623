package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import io.saleslens.insight.FigureFormat;

/**
 * A success metric: its label, the metrics.json key that tracks it (a JSON Pointer; one {@code *}
 * segment expands to every element of a list, and {@code {name}} in the label then names the element
 * by {@code name_field}, or as a segment when that is "segment") and how its baseline is written.
 */
public record SuccessMetric(String label, String key, FigureFormat format, String nameField) {

    public SuccessMetric {
        requireNonNull(label, "label is null");
        requireNonNull(key, "key is null");
        requireNonNull(format, "format is null");
    }
}
