package io.saleslens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A copy of the sample (examples/crm-erp) whose order lines arrive as one file per month of order date, under
 * {@code source_crm/sales/YYYYMM.csv}, each with the header: the way daily exports arrive, in fewer files.
 */
final class DailyFiles {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    static final String GLOB = "source_crm/sales/*.csv";

    private DailyFiles() {}

    /** The sample copied into {@code target}, its sales split by month; returns the monthly files' paths in order. */
    static List<Path> copy(Path target) {
        try {
            try (Stream<Path> files = Files.walk(SAMPLE)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = SAMPLE.relativize(file);
                    if (relative.toString().endsWith("sales_details.csv")) {
                        continue;
                    }
                    Files.createDirectories(target.resolve(relative).getParent());
                    Files.copy(file, target.resolve(relative));
                }
            }
            List<String> lines =
                    Files.readAllLines(SAMPLE.resolve("source_crm/sales_details.csv"), StandardCharsets.UTF_8);
            String header = lines.get(0);
            Map<String, List<String>> byMonth = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String date = line.split(",", -1)[3];
                String month = date.length() >= 6 ? date.substring(0, 6) : "000000";
                byMonth.computeIfAbsent(month, m -> new ArrayList<>(List.of(header)))
                        .add(line);
            }
            Path folder = target.resolve("source_crm/sales");
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, List<String>> month : byMonth.entrySet()) {
                Path file = folder.resolve(month.getKey() + ".csv");
                Files.write(file, month.getValue(), StandardCharsets.UTF_8);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
