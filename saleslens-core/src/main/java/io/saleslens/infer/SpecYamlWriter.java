package io.saleslens.infer;

import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an inferred spec as the YAML a user would write by hand, with the evidence for every source,
 * column and join as comments (which the spec loader ignores), so the file can be read, checked and edited.
 */
public final class SpecYamlWriter {
    private SpecYamlWriter() {}

    public static String write(InferredDataset inferred) {
        DatasetSpec spec = inferred.spec();
        StringBuilder out = new StringBuilder();
        out.append("# Inferred by 'saleslens init' from the files' names and all of their values.\n");
        out.append("# Check the mapping, edit what is wrong, and run with --spec. Comments give the evidence.\n");
        for (String note : inferred.notes()) {
            out.append("#   ").append(note).append('\n');
        }
        out.append("name: ").append(scalar(spec.name())).append('\n');
        out.append("sources:\n");
        spec.sources().forEach((name, source) -> {
            out.append("  # ")
                    .append(inferred.sourceNotes().getOrDefault(name, ""))
                    .append('\n');
            out.append("  ")
                    .append(key(name))
                    .append(": ")
                    .append(source(source))
                    .append('\n');
        });
        out.append("entities:\n");
        spec.entities().forEach((name, entity) -> writeEntity(out, name, entity, inferred.columnNotes()));
        out.append("segments: [")
                .append(spec.segments().stream().map(SpecYamlWriter::scalar).collect(Collectors.joining(", ")))
                .append("]\n");
        return out.toString();
    }

    private static void writeEntity(StringBuilder out, String name, EntitySpec entity, Map<String, String> notes) {
        out.append("  ").append(key(name)).append(":\n");
        out.append("    from: ").append(scalar(entity.from())).append('\n');
        if (entity.key() != null) {
            out.append("    key: ").append(scalar(entity.key())).append('\n');
        }
        if (entity.dedupe() != null) {
            out.append("    dedupe: { keep: ")
                    .append(entity.dedupe().keep().name().toLowerCase(Locale.ROOT))
                    .append(
                            entity.dedupe().orderBy() == null
                                    ? ""
                                    : ", order_by: " + scalar(entity.dedupe().orderBy()))
                    .append(" }\n");
        }
        if (entity.fillDown() != null) {
            out.append(
                    "    # order-level fields, written on an order's first line only: carried to every line of the group\n");
            out.append("    fill_down: { by: ")
                    .append(scalar(entity.fillDown().by()))
                    .append(", columns: [")
                    .append(entity.fillDown().columns().stream()
                            .map(SpecYamlWriter::scalar)
                            .collect(Collectors.joining(", ")))
                    .append("] }\n");
        }
        if (entity.where() != null) {
            out.append("    where: ").append(quoted(entity.where())).append('\n');
        }
        out.append("    columns:\n");
        entity.columns().forEach((column, spec) -> {
            String note = notes.get(name + "." + column);
            if (note != null) {
                out.append("      # ").append(note.replace('\n', ' ')).append('\n');
            }
            out.append("      ")
                    .append(key(column))
                    .append(": ")
                    .append(column(spec))
                    .append('\n');
        });
    }

    private static String source(SourceSpec source) {
        List<String> fields = new ArrayList<>();
        fields.add("path: " + scalar(source.path()));
        if (source.csv().delimiter() != null) {
            fields.add("delimiter: " + scalar(source.csv().delimiter()));
        }
        if (source.csv().encoding() != null) {
            fields.add("encoding: " + scalar(source.csv().encoding()));
        }
        if (source.csv().header() != null) {
            fields.add("header: " + source.csv().header());
        }
        if (!source.nullValues().isEmpty()) {
            fields.add("null_values: ["
                    + source.nullValues().stream().map(SpecYamlWriter::quoted).collect(Collectors.joining(", ")) + "]");
        }
        if (source.xlsx().sheet() != null) {
            fields.add("sheet: " + scalar(source.xlsx().sheet()));
        }
        return "{ " + String.join(", ", fields) + " }";
    }

    /** One column as the flow mapping a spec holds: { from: ..., type: ... }. */
    static String column(ColumnSpec column) {
        List<String> fields = new ArrayList<>();
        fields.add(column.from() != null ? "from: " + scalar(column.from()) : "expr: " + singleQuoted(column.expr()));
        if (!column.type().equals("text")) {
            fields.add("type: " + column.type());
        }
        if (column.format() != null) {
            fields.add("format: " + scalar(column.format()));
        }
        if (column.required()) {
            fields.add("required: true");
        }
        if (column.missing() != null) {
            fields.add("missing: " + scalar(column.missing()));
        }
        return "{ " + String.join(", ", fields) + " }";
    }

    private static String key(String name) {
        return scalar(name);
    }

    /** A plain scalar when YAML reads it back unchanged as text, else a double-quoted one. */
    static String scalar(String value) {
        boolean plain =
                value.matches("[A-Za-z_][A-Za-z0-9_./-]*") && !value.matches("(?i)true|false|yes|no|on|off|null|y|n|~");
        return plain ? value : quoted(value);
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
