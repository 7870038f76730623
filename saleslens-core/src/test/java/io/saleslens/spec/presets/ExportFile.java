package io.saleslens.spec.presets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A CSV file as an export writes it: a header and one line per row, fields quoted where they hold a comma, a quote
 * or a line break. The columns come in an order shuffled by the fixture's random source, as exports let users pick
 * and reorder their columns; a row's missing field is written blank.
 */
final class ExportFile {
    private ExportFile() {}

    static List<String> shuffled(List<String> columns, Random random) {
        List<String> order = new ArrayList<>(columns);
        Collections.shuffle(order, random);
        return order;
    }

    static void write(Path file, List<String> columns, List<Map<String, String>> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        appendLine(text, columns);
        for (Map<String, String> row : rows) {
            List<String> fields = new ArrayList<>(columns.size());
            for (String column : columns) {
                fields.add(row.getOrDefault(column, ""));
            }
            appendLine(text, fields);
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
                text.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                text.append(field);
            }
        }
        text.append('\n');
    }
}
