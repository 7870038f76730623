package io.saleslens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricValue;
import io.saleslens.catalog.Unit;
import io.saleslens.history.HistoryEntry;
import io.saleslens.history.RunHistory;
import io.saleslens.report.Figures;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runs of a history as the {@code history} command prints them: an aligned table, or JSON with the same rows. */
final class HistoryListing {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Metric> figures;
    private final List<HistoryEntry> entries;

    HistoryListing(List<Metric> figures, List<HistoryEntry> entries) {
        this.figures = List.copyOf(figures);
        this.entries = List.copyOf(entries);
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode runs = root.putArray("runs");
        for (HistoryEntry entry : entries) {
            ObjectNode run = runs.addObject();
            run.put("run", entry.run());
            run.put("run_id", entry.runId());
            run.put("dataset", entry.dataset().orElse(null));
            run.put("status", entry.status());
            run.put("started_at", entry.startedAt().map(HistoryListing::time).orElse(null));
            run.put(
                    "finished_at",
                    entry.finishedAt().map(LocalDateTime::toString).orElse(null));
            ObjectNode values = run.putObject("figures");
            for (Metric metric : figures) {
                Optional<MetricValue> value = entry.figure(metric.key());
                if (value.isEmpty()) {
                    values.putNull(metric.key());
                } else if (value.get().number() == null) {
                    values.put(metric.key(), value.get().text());
                } else if (metric.unit() == Unit.COUNT) {
                    values.put(metric.key(), Math.round(value.get().number()));
                } else {
                    values.put(metric.key(), value.get().number());
                }
            }
            Optional<MetricValue> score = entry.figure(RunHistory.QUALITY_SCORE);
            if (score.isPresent() && score.get().number() != null) {
                run.put("quality_score", score.get().number());
            } else {
                run.putNull("quality_score");
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the history listing cannot be written as JSON", e);
        }
    }

    void printTable(PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("run", "dataset", "status", "finished"));
        figures.forEach(metric -> header.add(metric.key()));
        header.add("quality");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (HistoryEntry entry : entries) {
            List<String> row = new ArrayList<>();
            row.add(entry.run());
            row.add(entry.dataset().orElse("-"));
            row.add(entry.status());
            row.add(entry.finishedAt().map(at -> time(at).replace('T', ' ')).orElse("-"));
            for (Metric metric : figures) {
                row.add(entry.figure(metric.key())
                        .map(value -> text(metric.unit(), value))
                        .orElse("-"));
            }
            row.add(entry.figure(RunHistory.QUALITY_SCORE)
                    .map(value -> text(Unit.RATIO, value))
                    .orElse("-"));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                // The run, dataset, status and time read left to right; figures line up on their last digit.
                line.append(i < 4 ? cell + padding : padding + cell);
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** An ISO time to the second, seconds written even when zero. */
    private static String time(LocalDateTime at) {
        return at.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    private static String text(Unit unit, MetricValue value) {
        if (value.number() == null) {
            return value.text();
        }
        double number = value.number();
        return switch (unit) {
            case COUNT -> Figures.count(Math.round(number));
            case RATIO, RELATIVE_CHANGE -> Figures.percent(number);
            case CURRENCY, NUMBER -> Figures.decimal(number, 2);
            case PERCENT, DAYS -> Figures.decimal(number, 1);
            case DATE -> value.text();
        };
    }
}
