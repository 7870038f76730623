package io.saleslens.history;

import static java.util.Objects.requireNonNull;

import io.saleslens.catalog.Document;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the runs a history holds, oldest first, with the run-grain figures asked for by catalogue key. */
public final class RunHistory {
    /** The figures a history shows when none are asked for: revenue and orders, and always the quality score. */
    public static final List<String> DEFAULT_FIGURES = List.of("totals.revenue", "totals.orders");

    public static final String QUALITY_SCORE = "score.overall";

    private final HistoryDatabase database;
    private final MetricCatalogue catalogue;

    public RunHistory(HistoryDatabase database) {
        this.database = requireNonNull(database, "database is null");
        this.catalogue = MetricCatalogue.standard();
    }

    /**
     * The catalogue metrics {@code keys} name, each checked to be in the catalogue and to have one value per run.
     * Fails with a user error naming the key and the keys that can be shown.
     */
    public List<Metric> runGrainMetrics(List<String> keys) {
        List<Metric> metrics = new ArrayList<>();
        for (String key : keys) {
            Metric metric = catalogue
                    .metric(key)
                    .orElseThrow(() -> new SalesLensException(
                            ErrorCode.OPTION_INVALID,
                            "--metric " + key + ": not a key of the metric catalogue; run-grain keys: "
                                    + runGrainKeys()));
            if (metric.document() == Document.USAGE) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        "--metric " + key
                                + ": counts views of the site, which history does not follow; run-grain keys: "
                                + runGrainKeys());
            }
            if (metric.grain() != Grain.RUN) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        "--metric " + key + ": has one value per "
                                + metric.grain().name().toLowerCase()
                                + ", history shows one figure per run; run-grain keys: " + runGrainKeys());
            }
            if (!metrics.contains(metric)) {
                metrics.add(metric);
            }
        }
        return metrics;
    }

    private String runGrainKeys() {
        return catalogue.metrics().stream()
                .filter(metric -> metric.grain() == Grain.RUN && metric.document() != Document.USAGE)
                .map(Metric::key)
                .collect(Collectors.joining(", "));
    }

    /**
     * The runs of {@code dataset} (every dataset when empty), oldest first (by start, then folder name), the newest
     * {@code last} of them when given, each with the figures {@code keys} name. An embedded history never written
     * holds no runs.
     */
    public List<HistoryEntry> runs(Optional<String> dataset, List<String> keys, Optional<Integer> last) {
        if (!database.exists()) {
            return List.of();
        }
        List<HistoryEntry> entries = database.use("read the runs", connection -> read(connection, dataset, keys));
        int from = last.map(n -> Math.max(0, entries.size() - n)).orElse(0);
        return entries.subList(from, entries.size());
    }

    /**
     * The values of a run-grain figure in the newest {@code runs} successful runs of the dataset that wrote it, oldest
     * first: the history an anomaly rule measures a run against.
     */
    public List<Double> lastValues(String dataset, String key, int runs) {
        List<Double> values = runs(Optional.of(dataset), List.of(key), Optional.empty()).stream()
                .filter(entry -> entry.status().equals("succeeded"))
                .flatMap(entry -> entry.figure(key).stream())
                .map(MetricValue::number)
                .filter(Objects::nonNull)
                .toList();
        return values.subList(Math.max(0, values.size() - runs), values.size());
    }

    private static List<HistoryEntry> read(Connection connection, Optional<String> dataset, List<String> keys)
            throws SQLException {
        Map<String, Map<String, MetricValue>> figures = figures(connection, keys);
        List<HistoryEntry> entries = new ArrayList<>();
        String sql = "SELECT run, run_id, dataset, status, started_at, finished_at FROM runs"
                + (dataset.isPresent() ? " WHERE dataset = ?" : "");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (dataset.isPresent()) {
                query.setString(1, dataset.get());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String run = rows.getString("run");
                    Map<String, MetricValue> byKey = figures.getOrDefault(run, Map.of());
                    Map<String, MetricValue> ordered = new LinkedHashMap<>();
                    for (String key : keys) {
                        if (byKey.containsKey(key)) {
                            ordered.put(key, byKey.get(key));
                        }
                    }
                    entries.add(new HistoryEntry(
                            run,
                            rows.getString("run_id"),
                            Optional.ofNullable(rows.getString("dataset")),
                            rows.getString("status"),
                            time(rows.getTimestamp("started_at")),
                            time(rows.getTimestamp("finished_at")),
                            ordered));
                }
            }
        }
        // Sorted here rather than in SQL, so both databases order missing start times the same way.
        entries.sort(
                Comparator.comparing((HistoryEntry entry) -> entry.startedAt().orElse(LocalDateTime.MIN))
                        .thenComparing(HistoryEntry::run));
        return entries;
    }

    private static Map<String, Map<String, MetricValue>> figures(Connection connection, List<String> keys)
            throws SQLException {
        Map<String, Map<String, MetricValue>> figures = new HashMap<>();
        if (keys.isEmpty()) {
            return figures;
        }
        String marks = String.join(", ", keys.stream().map(key -> "?").toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT run, metric_key, numeric_value, date_value"
                + " FROM metric_values WHERE dimension_value = '' AND metric_key IN (" + marks + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                query.setString(i + 1, keys.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString("metric_key");
                    double number = rows.getDouble("numeric_value");
                    boolean isNumber = !rows.wasNull();
                    String text = rows.getString("date_value");
                    figures.computeIfAbsent(rows.getString("run"), run -> new HashMap<>())
                            .put(key, new MetricValue(key, Optional.empty(), isNumber ? number : null, text));
                }
            }
        }
        return figures;
    }

    private static Optional<LocalDateTime> time(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toLocalDateTime);
    }
}
