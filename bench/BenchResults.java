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
 * size: lines, floor seconds, the runs' wall seconds (comma-separated, one per pair), the runs' peak RSS
 * in KB, the folder of the last run's documents, the truth check outcome, the CSV size, the peer's wall
 * seconds (one per pair, each measured just before the run of its pair), the peer's peak RSS in KB and, when the
 * peer failed, why (its runs then stop: the row gives its time until it failed and no ratio).
 * Run with the shaded jar on the class path (it reads manifest.json with Jackson).
 */
public class BenchResults {
    private static final String NOTES_HEADING = "## Notes";

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
        md.append("The peer is `../shared/bench/Peer.java` running `peer.sql`: the core of a run written by hand in ")
                .append("one DuckDB connection (bronze with line numbers, the checks, quarantine, de-duplication, repairs, ")
                .append("the star schema, totals, segments, monthly series, RFM, ABC, cohorts, Parquet export; no profile, ")
                .append("statistics, reports or charts). The peer and the run take turns on the same data, peer first; ")
                .append("each wall time is the median over the pairs, and run / peer is the median of the pairs' ratios. ")
                .append("The floor is DuckDB counting the rows of every source CSV in one process (`bench/CsvScanFloor.java`): ")
                .append("no run can read its input faster. Wall time and peak RSS are `/usr/bin/time -v` of the whole ")
                .append("command, JVM start included. Rows per second are order lines per second of the run's wall time.\n\n");
        md.append("| order lines | CSV size | floor (s) | peer (s) | run (s) | run / peer | pairs | run / floor | order lines/s"
                + " | peer RSS | run RSS | totals = truth.json |\n");
        md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (String[] f : rows) {
            long orderLines = Long.parseLong(f[0]);
            double floor = Double.parseDouble(f[1]);
            List<Double> runs = seconds(f[2]);
            List<Double> peers = seconds(f[7]);
            long rssKb = Long.parseLong(f[3]);
            String peerRss = mib(Long.parseLong(f[8]));
            boolean runFailed = f[5].startsWith("run failed");
            String peerFailure = f.length > 9 && !f[9].isEmpty() ? f[9] : null;
            // A side that failed gives its time until it failed (the last try); the ratio and the rates then have no
            // meaning, and the row says why instead.
            String peerCell = peerFailure != null
                    ? String.format("%.1f until it failed", peers.get(peers.size() - 1))
                    : String.format("%.1f", median(peers));
            double wall = runFailed ? runs.get(runs.size() - 1) : median(runs);
            String runCell = String.format(runFailed ? "%.1f until it failed" : "%.1f", wall);
            String ratioCell;
            if (runFailed) {
                ratioCell = "–";
            } else if (peerFailure != null) {
                ratioCell = "– (" + peerFailure + ")";
            } else {
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    ratios.add(runs.get(i) / peers.get(i));
                }
                ratioCell = String.format("%.2f×", median(ratios));
            }
            String floorRatio = runFailed ? "–" : String.format("%.1f×", wall / floor);
            String linesPerSecond = runFailed ? "–" : String.format("%,d", Math.round(orderLines / wall));
            md.append(String.format("| %,d | %s | %.1f | %s | %s | %s | %d | %s | %s | %s | %s | %s |%n", orderLines, f[6],
                    floor, peerCell, runCell, ratioCell.replace("|", "/"), runs.size(), floorRatio, linesPerSecond,
                    peerRss, mib(rssKb), f[5].replace("|", "/")));
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
        md.append(handWrittenNotes(target));
        Files.writeString(target, md.toString());
    }

    /** The notes written by hand below the tables survive a new measurement: only the tables are rewritten. */
    private static String handWrittenNotes(Path target) throws Exception {
        if (!Files.exists(target)) {
            return "";
        }
        String previous = Files.readString(target);
        int notes = previous.indexOf(NOTES_HEADING);
        return notes < 0 ? "" : "\n" + previous.substring(notes);
    }

    private static List<Double> seconds(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(Double::parseDouble).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String mib(long kb) {
        return kb >= 1024 * 1024 ? String.format("%.2f GiB", kb / 1024.0 / 1024.0) : String.format("%,d MiB", kb / 1024);
    }
}
