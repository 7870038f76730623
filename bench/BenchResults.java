import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the measurements bench/run.sh collects into bench/results.md. Each line of the TSV is one
 * size: lines, floor seconds, wall seconds, peak RSS in KB, the run folder and the truth check outcome.
 * Run with the shaded jar on the class path (it reads manifest.json with Jackson).
 */
public class BenchResults {
    public static void main(String[] args) throws Exception {
        Path tsv = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String machine = args[2];
        String settings = args[3];
        ObjectMapper json = new ObjectMapper();
        List<String> stageNames = new ArrayList<>();
        List<Map<String, Long>> stagesBySize = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(tsv).stream().filter(line -> !line.isBlank()).toList());
        lines.sort(java.util.Comparator.comparingLong(line -> Long.parseLong(line.split("\t")[0])));
        for (String line : lines) {
            String[] f = line.split("\t");
            rows.add(f);
            Map<String, Long> stages = new LinkedHashMap<>();
            for (JsonNode stage : json.readTree(Path.of(f[4], "manifest.json").toFile()).path("stages")) {
                stages.put(stage.path("name").asText(), stage.path("ms").asLong());
                if (!stageNames.contains(stage.path("name").asText())) {
                    stageNames.add(stage.path("name").asText());
                }
            }
            stagesBySize.add(stages);
        }
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Machine: ").append(machine).append(".  \n");
        md.append("Settings: ").append(settings).append(".\n\n");
        md.append("The floor is DuckDB counting the rows of every source CSV in one process (`bench/CsvScanFloor.java`): ")
                .append("no run can read its input faster. Wall time and peak RSS are `/usr/bin/time -v` of the whole ")
                .append("`saleslens run`, JVM start included. Rows per second are order lines per second of wall time.\n\n");
        md.append("| order lines | CSV size | floor (s) | run (s) | run / floor | order lines/s | peak RSS | totals = truth.json |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (String[] f : rows) {
            long orderLines = Long.parseLong(f[0]);
            double floor = Double.parseDouble(f[1]);
            double wall = Double.parseDouble(f[2]);
            long rssKb = Long.parseLong(f[3]);
            if (f[5].startsWith("run failed")) {
                md.append(String.format("| %,d | %s | %.1f | %.1f until it failed | – | – | %s | %s |%n", orderLines, f[6], floor, wall,
                        mib(rssKb), f[5].replace("|", "/")));
                continue;
            }
            md.append(String.format("| %,d | %s | %.1f | %.1f | %.1f× | %,d | %s | %s |%n", orderLines, f[6], floor, wall, wall / floor,
                    Math.round(orderLines / wall), mib(rssKb), f[5]));
        }
        md.append("\n## Stage times (seconds, from each run's manifest.json)\n\n| stage |");
        rows.forEach(f -> md.append(String.format(" %,d |", Long.parseLong(f[0]))));
        md.append(" growth per 10× lines (last two sizes) |\n| --- |");
        rows.forEach(f -> md.append(" ---: |"));
        md.append(" ---: |\n");
        for (String stage : stageNames) {
            md.append("| ").append(stage).append(" |");
            for (Map<String, Long> stages : stagesBySize) {
                // A stage a failed run never reached has no time: a dash, not a zero.
                md.append(stages.containsKey(stage) ? String.format(" %.1f |", stages.get(stage) / 1000.0) : " – |");
            }
            int n = stagesBySize.size();
            if (n >= 2 && stagesBySize.get(n - 2).getOrDefault(stage, 0L) > 0 && stagesBySize.get(n - 1).containsKey(stage)) {
                double growth = (double) stagesBySize.get(n - 1).get(stage) / stagesBySize.get(n - 2).get(stage);
                md.append(String.format(" %.1f× |%n", growth));
            } else {
                md.append(" – |\n");
            }
        }
        Files.writeString(target, md.toString());
    }

    private static String mib(long kb) {
        return kb >= 1024 * 1024 ? String.format("%.2f GiB", kb / 1024.0 / 1024.0) : String.format("%,d MiB", kb / 1024);
    }
}
