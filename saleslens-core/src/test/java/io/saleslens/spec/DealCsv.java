package io.saleslens.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes CSV lines in a column order chosen by the seed, quoting every field or only those that need it. */
final class DealCsv {
    private final List<String> header;
    private final boolean quoteAll;
    private final List<String> lines = new ArrayList<>();

    DealCsv(List<String> columns, Random random) {
        this.header = new ArrayList<>(columns);
        Collections.shuffle(header, random);
        this.quoteAll = random.nextBoolean();
        lines.add(line(header));
    }

    void row(Map<String, String> values) {
        lines.add(line(
                header.stream().map(column -> values.getOrDefault(column, "")).toList()));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
    }

    private String line(List<String> fields) {
        return String.join(",", fields.stream().map(this::field).toList());
    }

    private String field(String value) {
        boolean needs = value.contains(",") || value.contains("\"");
        return quoteAll || needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
