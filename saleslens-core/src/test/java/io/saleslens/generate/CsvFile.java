package io.saleslens.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small generated CSV read whole, for checking in tests; the generator never quotes values. */
record CsvFile(String header, List<String[]> rows) {

    static CsvFile read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String[]> rows = lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",", -1))
                .toList();
        return new CsvFile(lines.get(0), rows);
    }
}
