package io.saleslens.history;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.PublishedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Records run folders in the history: the run, every value of every catalogue metric and every check result, in one
 * transaction per run. The folders stay the source of truth: a folder published but not recorded (the process died
 * in between) is recorded by {@link #recordMissing}, and {@link #rebuild} recreates the run tables from the folders.
 */
public final class HistoryRecorder {
    /** Metric values written by one INSERT (five parameters each, well within every driver's limit). */
    private static final int VALUES_PER_INSERT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNS = "runs";

    private final HistoryDatabase database;
    private final MetricCatalogue catalogue;

    public HistoryRecorder(HistoryDatabase database) {
        this(database, MetricCatalogue.standard());
    }

    HistoryRecorder(HistoryDatabase database, MetricCatalogue catalogue) {
        this.database = requireNonNull(database, "database is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    /** Records one run unless the history holds it already. */
    public void record(PublishedRun run) {
        database.use("record run " + run.folder(), connection -> {
            if (!recordedRuns(connection).contains(run.folder())) {
                insertOnce(connection, run);
            }
            return null;
        });
    }

    /**
     * Records the folders under {@code <outDir>/runs} that the history does not hold, oldest name first, and returns
     * their names. Does nothing, and creates no database, when the output folder has no runs.
     */
    public List<String> recordMissing(Path outDir) {
        List<Path> folders = publishedFolders(outDir);
        if (folders.isEmpty()) {
            return List.of();
        }
        return database.use("record the runs of " + outDir, connection -> {
            Set<String> recorded = recordedRuns(connection);
            List<String> added = new ArrayList<>();
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (!recorded.contains(name)) {
                    insertOnce(connection, read(folder));
                    added.add(name);
                }
            }
            return added;
        });
    }

    /**
     * Empties the tables (runs, metric_values, check_results, alerts, notifications) and records every folder under
     * {@code <outDir>/runs} again, in one transaction; returns how many.
     */
    public int rebuild(Path outDir) {
        List<Path> folders = publishedFolders(outDir);
        return database.use("rebuild from " + outDir, connection -> {
            inTransaction(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    for (String table : HistorySchema.RUN_TABLES) {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
                for (Path folder : folders) {
                    insert(connection, read(folder));
                }
            });
            return folders.size();
        });
    }

    /** A published folder's documents, for history. */
    public static PublishedRun read(Path folder) {
        try {
            return PublishedRun.read(folder);
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.FILE_IO_FAILED,
                    folder + ": cannot read the run's documents for history (" + e.getMessage() + ")",
                    e);
        }
    }

    /** The published run folders: every folder under runs/ with a manifest; working folders start with a dot. */
    static List<Path> publishedFolders(Path outDir) {
        Path runs = outDir.resolve(RUNS);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(runs)) {
            return children.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.FILE_IO_FAILED, runs + ": cannot list the run folders (" + e.getMessage() + ")", e);
        }
    }

    private static Set<String> recordedRuns(Connection connection) throws SQLException {
        Set<String> runs = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT run FROM runs")) {
            while (rows.next()) {
                runs.add(rows.getString(1));
            }
        }
        return runs;
    }

    /**
     * Inserts a run in its own transaction. Two processes sharing a server history may both find a folder missing at
     * their start; the one whose insert meets the other's row leaves it be.
     */
    private void insertOnce(Connection connection, PublishedRun run) throws SQLException {
        try {
            inTransaction(connection, () -> insert(connection, run));
        } catch (SQLException e) {
            if (!recordedRuns(connection).contains(run.folder())) {
                throw e;
            }
        }
    }

    private void insert(Connection connection, PublishedRun run) throws SQLException {
        JsonNode manifest = run.manifest();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (run, run_id, dataset,"
                + " spec_origin, status, error_code, started_at, finished_at, input_hashes, rows_per_source)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, run.folder());
            insert.setString(2, manifest.path("run_id").asText(run.folder()));
            text(insert, 3, manifest.path("spec_name"));
            text(insert, 4, manifest.path("spec_origin"));
            insert.setString(5, manifest.path("status").asText("unknown"));
            text(insert, 6, manifest.path("error_code"));
            timestamp(insert, 7, manifest.path("started_at"));
            timestamp(insert, 8, manifest.path("finished_at"));
            insert.setString(9, json(inputHashes(manifest)));
            insert.setString(
                    10,
                    json(
                            manifest.path("row_accounting").isObject()
                                    ? manifest.path("row_accounting")
                                    : JSON.createObjectNode()));
            insert.executeUpdate();
        }
        List<MetricValue> values = List.copyOf(catalogue.values(run.metrics(), run.quality()));
        // Many rows per statement: DuckDB's driver runs a JDBC batch one statement per row, which took seconds for the
        // thousands of values of one run.
        for (int from = 0; from < values.size(); from += VALUES_PER_INSERT) {
            List<MetricValue> chunk = values.subList(from, Math.min(values.size(), from + VALUES_PER_INSERT));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_values (run, metric_key,"
                    + " dimension_value, numeric_value, date_value) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")))) {
                int parameter = 0;
                for (MetricValue value : chunk) {
                    insert.setString(++parameter, run.folder());
                    insert.setString(++parameter, value.key());
                    insert.setString(++parameter, value.dimension().orElse(""));
                    if (value.number() == null) {
                        insert.setNull(++parameter, Types.DOUBLE);
                        insert.setString(++parameter, value.text());
                    } else {
                        insert.setDouble(++parameter, value.number());
                        insert.setNull(++parameter, Types.VARCHAR);
                    }
                }
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO check_results (run, check_id, failed, total, passed) VALUES (?, ?, ?, ?, ?)")) {
            for (JsonNode check : run.quality().path("checks")) {
                insert.setString(1, run.folder());
                insert.setString(2, check.path("id").asText());
                insert.setLong(3, check.path("failed").asLong());
                insert.setLong(4, check.path("total").asLong());
                insert.setBoolean(5, check.path("passed").asBoolean());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        insertAlerts(connection, run);
    }

    /** The run's alerts and, one row per alert carried, the deliveries of its digests (alerts.json). */
    private static void insertAlerts(Connection connection, PublishedRun run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alerts (run, alert_name, severity,"
                + " owner, state, figures) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (JsonNode alert : run.alerts().path("alerts")) {
                insert.setString(1, run.folder());
                insert.setString(2, alert.path("name").asText());
                text(insert, 3, alert.path("severity"));
                text(insert, 4, alert.path("owner"));
                text(insert, 5, alert.path("state"));
                insert.setString(6, json(alert.path("figures")));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notifications (run, alert_name,"
                + " channel, target, status, attempts, error) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (JsonNode delivery : run.alerts().path("deliveries")) {
                for (JsonNode alert : delivery.path("alerts")) {
                    insert.setString(1, run.folder());
                    insert.setString(2, alert.asText());
                    text(insert, 3, delivery.path("channel"));
                    text(insert, 4, delivery.path("recipient"));
                    insert.setString(5, delivery.path("delivered").asBoolean() ? "delivered" : "failed");
                    insert.setInt(6, delivery.path("attempts").asInt());
                    text(insert, 7, delivery.path("error"));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The sha256 of every input, by source: {"customers": "ab12…", …}. */
    private static ObjectNode inputHashes(JsonNode manifest) {
        ObjectNode hashes = JSON.createObjectNode();
        for (JsonNode input : manifest.path("inputs")) {
            hashes.put(input.path("source").asText(), input.path("sha256").asText());
        }
        return hashes;
    }

    private interface Statements {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection connection, Statements statements) throws SQLException {
        connection.setAutoCommit(false);
        try {
            statements.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void text(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value.isMissingNode() || value.isNull()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.asText());
        }
    }

    private static void timestamp(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        if (value.isTextual()) {
            statement.setTimestamp(index, Timestamp.valueOf(LocalDateTime.parse(value.asText())));
        } else {
            statement.setNull(index, Types.TIMESTAMP);
        }
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
