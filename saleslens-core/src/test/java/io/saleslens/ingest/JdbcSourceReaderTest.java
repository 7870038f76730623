package io.saleslens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.SalesLensException;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SourceSpec;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Reads the crm-erp sample back from a real PostgreSQL server (started by .ci/run; settings in
 * SALESLENS_TEST_PG_URL, _USER, _PASSWORD) and checks that the run gives the same metrics as from the CSVs.
 * Skipped only outside CI when no server answers; in CI (CI set) a missing server fails the test.
 */
class JdbcSourceReaderTest {
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final String SCHEMA = "saleslens_jdbc_test";
    private static final String URL = env("SALESLENS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/saleslens_test");
    private static final String USER = env("SALESLENS_TEST_PG_USER", "saleslens_test");
    private static final String PASSWORD = env("SALESLENS_TEST_PG_PASSWORD", "saleslens_test");

    @TempDir
    static Path work;

    static DatasetSpec csvSpec;

    @BeforeAll
    static void loadTheSampleIntoPostgres() throws Exception {
        Connection connection;
        try {
            connection = DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new AssertionError(
                        "CI is set but no PostgreSQL server answers at " + URL + " (" + e.getMessage()
                                + "); .ci/run should have started one",
                        e);
            }
            assumeTrue(
                    false,
                    "no PostgreSQL server at " + URL + " (" + e.getMessage()
                            + "); set SALESLENS_TEST_PG_URL to run this test");
            return;
        }
        csvSpec = Presets.load("crm-erp");
        try (connection;
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            for (var source : csvSpec.sources().entrySet()) {
                Path file = SAMPLE.resolve(source.getValue().path());
                String header;
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    header = in.readLine();
                }
                String columns = Arrays.stream(header.split(","))
                        .map(c -> '"' + c.trim() + "\" text")
                        .collect(Collectors.joining(", "));
                String table = SCHEMA + "." + source.getKey();
                statement.execute("CREATE TABLE " + table + " (" + columns + ")");
                try (var in = Files.newInputStream(file)) {
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                }
            }
        }
    }

    /** The crm-erp preset with every source read from the table COPY filled; the password from the environment when set. */
    private static DatasetSpec specReadingPostgres() {
        boolean passwordInEnvironment = System.getenv("SALESLENS_TEST_PG_PASSWORD") != null;
        String url = passwordInEnvironment ? URL : URL + (URL.contains("?") ? "&" : "?") + "password=" + PASSWORD;
        Map<String, SourceSpec> sources = new LinkedHashMap<>();
        csvSpec.sources()
                .keySet()
                .forEach(name -> sources.put(
                        name,
                        SourceSpec.table(url, SCHEMA + "." + name)
                                .user(USER)
                                .passwordEnv(passwordInEnvironment ? "SALESLENS_TEST_PG_PASSWORD" : null)
                                .build()));
        return new DatasetSpec(csvSpec.name(), csvSpec.detect(), sources, csvSpec.entities(), csvSpec.segments());
    }

    @Test
    void aRunFromPostgresGivesTheSameMetricsAsFromTheCsvFiles() {
        JsonNode fromCsv = SalesLens.run(
                        new RunOptions(csvSpec, SAMPLE, work.resolve("csv"), null), ProgressListener.SILENT)
                .metrics();
        JsonNode fromPostgres = SalesLens.run(
                        new RunOptions(specReadingPostgres(), SAMPLE, work.resolve("pg"), null),
                        ProgressListener.SILENT)
                .metrics();
        assertThat(fromPostgres.path("totals").path("sales_records").asLong()).isEqualTo(60_398);
        assertThat(fromPostgres.at("/audiences/lists/win-back/customers").asLong())
                .isPositive()
                .isEqualTo(fromCsv.at("/audiences/lists/win-back/customers").asLong());
        assertThat(withoutHoldoutSplit(fromPostgres)).isEqualTo(withoutHoldoutSplit(fromCsv));
    }

    /**
     * The metrics without what the holdout split decides: the split is seeded by the Run ID's hash part, which covers
     * the spec, and the two specs read the same rows from different sources.
     */
    private static JsonNode withoutHoldoutSplit(JsonNode metrics) {
        ObjectNode copy = metrics.deepCopy();
        ObjectNode audiences = (ObjectNode) copy.path("audiences");
        audiences.remove(List.of("seed", "split"));
        audiences.path("lists").forEach(list -> ((ObjectNode) list).remove(List.of("treated", "holdout")));
        return copy;
    }

    @Test
    void rowsKeepTheirNumberInTheTable() {
        SourceSpec source = specReadingPostgres().source("prd_info");
        try (DuckDbEngine engine = new DuckDbEngine(work.resolve("spill"), null)) {
            var loaded = new JdbcSourceReader().read(engine, null, "bronze.prd_info", source);
            assertThat(loaded.rowsLoaded()).isEqualTo(397);
            assertThat(loaded.columns()).startsWith("prd_id", "prd_key");
            assertThat(engine.queryLong("SELECT min(_line) FROM bronze.prd_info"))
                    .isEqualTo(1);
            assertThat(engine.queryLong("SELECT max(_line) FROM bronze.prd_info"))
                    .isEqualTo(397);
        }
    }

    @Test
    void anUnknownTableIsAUserErrorNamingIt() {
        SourceSpec source = specReadingPostgres().source("prd_info");
        SourceSpec missing = source.toBuilder().table(SCHEMA + ".no_such_table").build();
        try (DuckDbEngine engine = new DuckDbEngine(work.resolve("spill2"), null)) {
            assertThatThrownBy(() -> new JdbcSourceReader().read(engine, null, "bronze.missing", missing))
                    .isInstanceOf(SalesLensException.class)
                    .hasMessageStartingWith("source table " + SCHEMA + ".no_such_table at ")
                    .hasMessageContaining("cannot be read")
                    .hasMessageEndingWith("; check the URL, the table name and the credentials");
        }
    }

    @Test
    void aMissingPasswordVariableIsAUserErrorNamingIt() {
        SourceSpec source =
                SourceSpec.table(URL, "t").passwordEnv("NO_SUCH_VARIABLE").build();
        try (DuckDbEngine engine = new DuckDbEngine(work.resolve("spill3"), null)) {
            assertThatThrownBy(() -> new JdbcSourceReader(name -> null).read(engine, null, "bronze.t", source))
                    .isInstanceOf(SalesLensException.class)
                    .hasMessage(
                            "source table t: environment variable NO_SUCH_VARIABLE is not set; set it to the database password");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
