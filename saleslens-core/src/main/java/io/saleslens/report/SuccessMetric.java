package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import io.saleslens.insight.FigureFormat;

/**
 * A success metric: its label, the metrics.json key that tracks it (a JSON Pointer; one {@code *}
 * segment expands to every element of a list, and {@code {name}} in the label then names the element
 * by {@code name_field}, or as a segment when that is "segment") and how its baseline is written.
 *
 * @param interval whether the key's object holds {@code lower} and {@code upper} beside the value: the baseline then
 *     states the 95 % interval too
 * @param emptyLabel with {@code emptyText}, the row written when a {@code *} list is empty (otherwise it gives no row)
 * @param emptyText what that row says, such as why nothing is measured
 */
public record SuccessMetric(
        String label,
        String key,
        FigureFormat format,
        String nameField,
        Boolean interval,
        String emptyLabel,
        String emptyText) {

    public SuccessMetric {
        requireNonNull(label, "label is null");
        requireNonNull(key, "key is null");
        requireNonNull(format, "format is null");
        interval = interval != null && interval;
    }

    public SuccessMetric(String label, String key, FigureFormat format, String nameField) {
        this(label, key, format, nameField, false, null, null);
    }
}
