package io.saleslens.infer;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.DatasetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spec inferred from a folder, with the evidence behind it.
 *
 * @param sourceNotes per source: its role and how it is read, and why
 * @param columnNotes per {@code entity.column}: the source column, the evidence and a confidence
 * @param notes joins measured, the segment attribute chosen, files left out
 */
public record InferredDataset(
        DatasetSpec spec, Map<String, String> sourceNotes, Map<String, String> columnNotes, List<String> notes) {

    public InferredDataset {
        requireNonNull(spec, "spec is null");
        sourceNotes = Map.copyOf(sourceNotes);
        columnNotes = Map.copyOf(columnNotes);
        notes = List.copyOf(notes);
    }

    /** The mapping in a few lines, for the console. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        spec.sources()
                .forEach((name, source) -> lines.add(source.location() + ": " + sourceNotes.getOrDefault(name, "")));
        spec.entities().forEach((entity, e) -> {
            e.columns()
                    .forEach((column, c) -> lines.add("  " + entity + "." + column + " <- "
                            + (c.from() != null ? c.from() : c.expr())
                            + (c.format() != null ? " (" + c.format() + ")" : "")
                            // A derived sales amount is the one figure a reader most needs the reason for.
                            + (column.equals("sales_amount")
                                    ? "   because " + columnNotes.getOrDefault(entity + "." + column, "")
                                    : "")));
            if (e.fillDown() != null) {
                lines.add("  " + entity + ": fill_down by " + e.fillDown().by() + ": "
                        + String.join(", ", e.fillDown().columns()));
            }
        });
        lines.addAll(notes);
        return lines;
    }
}
