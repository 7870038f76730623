package io.saleslens.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.TestFolders;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.Unit;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on a copy of the crm-erp sample, a full run and a validation run, recorded in the output folder's DuckDB
 * history. Between them the full run's rows are deleted, as if the process had died between publication and
 * recording: the validation run's start must record it again. Expected rows are read from the run folders' JSON
 * files here, by a walk of the documents written for this test, not by the catalogue's own reading.
 */
class HistoryRecorderTest {
    /** Names, and one step over members: {@code name[field]} or {@code name{}}, once at most. */
    private static final Pattern SIMPLE_KEY =
            Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*(\\.?[a-z0-9_]+(\\[[a-z0-9_]+]|\\{}))?(\\.[a-z0-9_]+)*");

    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    static Path out;
    static RunResult full;
    static RunResult validation;
    static List<String> fullRunRowsAsFirstRecorded;

    @BeforeAll
    static void runTwiceWithACrashBetween() throws Exception {
        Path data = work.resolve("data");
        TestFolders.copy(SAMPLE, data);
        out = work.resolve("out");
        full = SalesLens.run(new RunOptions(Presets.load("crm-erp"), data, out, null), ProgressListener.SILENT);
        fullRunRowsAsFirstRecorded = rowsOf(full.runDir().getFileName().toString());
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String table : List.of("runs", "metric_values", "check_results")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        validation =
                SalesLens.validate(new RunOptions(Presets.load("crm-erp"), data, out, null), ProgressListener.SILENT);
    }

    @Test
    void everyPublishedFolderIsARunInHistory() throws Exception {
        List<String> folders;
        try (Stream<Path> children = Files.list(out.resolve("runs"))) {
            folders = children.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(folders).hasSize(2);
        assertThat(query("SELECT run FROM runs ORDER BY run")).containsExactlyElementsOf(folders);
    }

    @Test
    void storedMetricValuesAreTheValuesOfTheRunFoldersDocuments() throws Exception {
        for (RunResult result : List.of(full, validation)) {
            String run = result.runDir().getFileName().toString();
            // A validation measures nothing and writes no metrics.json: only its quality figures are stored.
            Path metricsFile = result.runDir().resolve("metrics.json");
            JsonNode metrics =
                    Files.isRegularFile(metricsFile) ? JSON.readTree(metricsFile.toFile()) : JSON.createObjectNode();
            JsonNode quality =
                    JSON.readTree(result.runDir().resolve("quality.json").toFile());
            List<String> expected = new ArrayList<>();
            List<String> walked = new ArrayList<>();
            for (Metric metric : MetricCatalogue.standard().metrics()) {
                // The test's own walk reads keys with at most one step over members of one name; the catalogue's
                // other key forms (rows named by two fields, positions, nested members) are tested in MetricTest.
                if (!SIMPLE_KEY.matcher(metric.key()).matches()) {
                    continue;
                }
                walked.add("'" + metric.key() + "'");
                JsonNode document = metric.document().fileName().equals("metrics.json") ? metrics : quality;
                walk(document, metric.key().split("\\."), 0, "", metric.key(), metric.unit() == Unit.DATE, expected);
            }
            assertThat(walked).hasSizeGreaterThan(50);
            List<String> stored = query("SELECT metric_key, dimension_value, numeric_value, date_value"
                    + " FROM metric_values WHERE run = '" + run + "' AND metric_key IN (" + String.join(", ", walked)
                    + ")");
            assertThat(new TreeSet<>(stored)).isEqualTo(new TreeSet<>(expected));
            assertThat(stored).hasSameSizeAs(expected);
        }
        String fullRun = full.runDir().getFileName().toString();
        JsonNode metrics = JSON.readTree(full.runDir().resolve("metrics.json").toFile());
        double revenue = metrics.path("totals").path("revenue").asDouble();
        assertThat(revenue).isPositive();
        assertThat(query("SELECT numeric_value FROM metric_values WHERE run = '" + fullRun
                        + "' AND metric_key = 'totals.revenue' AND dimension_value = ''"))
                .containsExactly(Double.toString(revenue));
        assertThat(query("SELECT COUNT(*) FROM metric_values WHERE run = '" + fullRun + "' AND dimension_value <> ''"))
                .allSatisfy(count -> assertThat(Long.parseLong(count)).isGreaterThan(20));
    }

    @Test
    void checkResultsAreTheChecksOfQualityJson() throws Exception {
        for (RunResult result : List.of(full, validation)) {
            String run = result.runDir().getFileName().toString();
            JsonNode quality =
                    JSON.readTree(result.runDir().resolve("quality.json").toFile());
            List<String> expected = new ArrayList<>();
            for (JsonNode check : quality.path("checks")) {
                expected.add(
                        check.path("id").asText() + "|" + check.path("failed").asLong() + "|"
                                + check.path("total").asLong() + "|"
                                + check.path("passed").asBoolean());
            }
            assertThat(expected).isNotEmpty();
            assertThat(query("SELECT check_id, failed, total, passed FROM check_results WHERE run = '" + run + "'"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theRunsRowHoldsTheManifestsIdentityInputsAndRowAccounting() throws Exception {
        JsonNode manifest = JSON.readTree(full.runDir().resolve("manifest.json").toFile());
        String run = full.runDir().getFileName().toString();
        List<String> row = query("SELECT run_id, dataset, spec_origin, status, input_hashes, rows_per_source"
                + " FROM runs WHERE run = '" + run + "'");
        assertThat(row).hasSize(1);
        String[] cells = row.get(0).split("\\|", -1);
        assertThat(cells[0]).isEqualTo(manifest.path("run_id").asText());
        assertThat(cells[1]).isEqualTo("crm-erp");
        assertThat(cells[2]).isEqualTo(manifest.path("spec_origin").asText());
        assertThat(cells[3]).isEqualTo("succeeded");
        JsonNode hashes = JSON.readTree(cells[4]);
        assertThat(hashes.size()).isEqualTo(manifest.path("inputs").size()).isGreaterThan(1);
        for (JsonNode input : manifest.path("inputs")) {
            assertThat(hashes.path(input.path("source").asText()).asText())
                    .isEqualTo(input.path("sha256").asText());
        }
        assertThat(JSON.readTree(cells[5])).isEqualTo(manifest.path("row_accounting"));
    }

    @Test
    void aRunPublishedButNotRecordedIsRecordedAtTheNextStart() throws Exception {
        assertThat(fullRunRowsAsFirstRecorded).hasSizeGreaterThan(30);
        assertThat(rowsOf(full.runDir().getFileName().toString())).isEqualTo(fullRunRowsAsFirstRecorded);
    }

    @Test
    void rebuildRecreatesTheSameRowsAfterTheDatabaseIsDeleted() throws Exception {
        List<String> before = new ArrayList<>();
        for (RunResult result : List.of(full, validation)) {
            before.addAll(rowsOf(result.runDir().getFileName().toString()));
        }
        Files.delete(out.resolve(HistoryDatabase.FILE_NAME));
        int rebuilt = new HistoryRecorder(HistoryDatabase.embedded(out)).rebuild(out);
        List<String> after = new ArrayList<>();
        for (RunResult result : List.of(full, validation)) {
            after.addAll(rowsOf(result.runDir().getFileName().toString()));
        }
        assertThat(rebuilt).isEqualTo(2);
        assertThat(after).isEqualTo(before);
        assertThat(new HistoryRecorder(HistoryDatabase.embedded(out)).recordMissing(out))
                .isEmpty();
    }

    /**
     * The expected rows of one key: steps over the document as the key's dots, {@code name[field]} and {@code name{}}
     * say, each leaf written as the history stores it (key, member or '', number or null, date or null).
     */
    private static void walk(
            JsonNode node, String[] steps, int index, String member, String key, boolean date, List<String> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (index == steps.length) {
            if (date) {
                if (node.isTextual()) {
                    out.add(key + "|" + member + "|null|" + node.asText());
                }
            } else if (node.isNumber()) {
                out.add(key + "|" + member + "|" + node.asDouble() + "|null");
            } else if (node.isBoolean()) {
                out.add(key + "|" + member + "|" + (node.asBoolean() ? 1.0 : 0.0) + "|null");
            }
            return;
        }
        String step = steps[index];
        if (step.endsWith("{}")) {
            JsonNode object = node.path(step.substring(0, step.length() - 2));
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                walk(entry.getValue(), steps, index + 1, entry.getKey(), key, date, out);
            }
        } else if (step.endsWith("]")) {
            String name = step.substring(0, step.indexOf('['));
            String field = step.substring(step.indexOf('[') + 1, step.length() - 1);
            for (JsonNode row : node.path(name)) {
                if (row.hasNonNull(field)) {
                    walk(row, steps, index + 1, row.path(field).asText(), key, date, out);
                }
            }
        } else {
            walk(node.path(step), steps, index + 1, member, key, date, out);
        }
    }

    /** Every row of every history table that names the run, sorted, each as its cells joined by '|'. */
    private static List<String> rowsOf(String run) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("runs", "metric_values", "check_results")) {
            for (String row : query("SELECT * FROM " + table + " WHERE run = '" + run + "'")) {
                rows.add(table + ": " + row);
            }
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    cells.add(String.valueOf(value));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    /** The test reads the history file with DuckDB's own JDBC driver, as any tool would. */
    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:duckdb:" + out.resolve(HistoryDatabase.FILE_NAME).toAbsolutePath());
    }
}
