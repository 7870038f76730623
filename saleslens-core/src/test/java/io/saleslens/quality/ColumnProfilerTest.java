package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.TracingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnProfilerTest {
    @TempDir
    Path dir;

    private DuckDbEngine engine;

    @BeforeEach
    void startEngine() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
        // amount: numbers with a blank and padding; code: text with ties in frequency.
        engine.execute(
                "CREATE TABLE bronze.sample AS SELECT * FROM (VALUES (1, ' 10', 'b'), (2, '9', 'a'), (3, '', 'c'),"
                        + " (4, '10 ', 'b'), (5, NULL, 'a'), (6, '-2.5', 'd'), (7, '9', 'e'), (8, '100', 'f')) t(_line, amount, code)");
        engine.execute(
                "CREATE TABLE bronze.empty AS SELECT CAST(NULL AS VARCHAR) AS name, CAST(NULL AS BIGINT) AS _line WHERE 1 = 0");
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void numbersAreProfiledAsNumbersAndBlanksAsMissing() {
        JsonNode amount = new ColumnProfiler(engine)
                .profile("bronze.sample", List.of("amount", "code"))
                .path("amount");
        assertThat(amount.path("null_share").asDouble()).isEqualTo(2.0 / 8);
        assertThat(amount.path("distinct").asLong()).isEqualTo(4);
        assertThat(amount.path("min").asDouble()).isEqualTo(-2.5);
        assertThat(amount.path("max").asDouble()).isEqualTo(100.0);
        assertThat(amount.path("top").get(0).path("value").asText()).isEqualTo("10");
        assertThat(amount.path("top").get(0).path("rows").asLong()).isEqualTo(2);
    }

    @Test
    void textTakesTextOrderAndTheTopFiveBreaksTiesByValue() {
        JsonNode code = new ColumnProfiler(engine)
                .profile("bronze.sample", List.of("amount", "code"))
                .path("code");
        assertThat(code.path("null_share").asDouble()).isZero();
        assertThat(code.path("distinct").asLong()).isEqualTo(6);
        assertThat(code.path("min").asText()).isEqualTo("a");
        assertThat(code.path("max").asText()).isEqualTo("f");
        assertThat(code.path("top").findValuesAsText("value")).containsExactly("a", "b", "c", "d", "e");
        assertThat(code.path("top").findValues("rows").stream()
                        .map(JsonNode::asLong)
                        .toList())
                .containsExactly(2L, 2L, 1L, 1L, 1L);
    }

    @Test
    void severalTablesAreProfiledTogetherAndAnEmptyTableHasNoValues() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("bronze.sample", List.of("code"));
        tables.put("bronze.empty", List.of("name"));
        ObjectNode profiles = new ColumnProfiler(engine).profiles(tables);
        assertThat(profiles.path("bronze.sample").path("code").path("distinct").asLong())
                .isEqualTo(6);
        JsonNode name = profiles.path("bronze.empty").path("name");
        assertThat(name.path("null_share").asDouble()).isZero();
        assertThat(name.path("distinct").asLong()).isZero();
        assertThat(name.path("top").size()).isZero();
    }

    /**
     * Finding: a 2,000-name header took the profile minutes, each of its columns grouped straight from the wide table.
     * A table wider than a statement's batch is read once per batch into a narrow one; the figures stay the same.
     */
    @Test
    void aWideTableIsReadOncePerBatchOfColumnsWithTheSameFigures() throws Exception {
        int width = 150;
        // Column c<k> holds 'v<k>' on the lines whose number is a multiple of k + 1, else a blank: 20 lines.
        String select = IntStream.range(0, width)
                .mapToObj(k -> "CASE WHEN i % " + (k + 1) + " = 0 THEN 'v" + k + "' ELSE '' END AS c" + k)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        engine.execute("CREATE TABLE bronze.wide AS SELECT " + select + ", i AS _line FROM range(1, 21) t(i)");
        List<String> columns = IntStream.range(0, width).mapToObj(k -> "c" + k).toList();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("bronze.sample", List.of("amount", "code"));
        tables.put("bronze.wide", columns);
        Path trace = dir.resolve("trace.sql");
        ObjectNode profiles;
        try (TracingEngine traced = new TracingEngine(engine, trace)) {
            profiles = new ColumnProfiler(traced).profiles(tables);
        } finally {
            engine = new DuckDbEngine(dir.resolve("spill2"), null);
        }
        for (int k : new int[] {0, 3, 70, 149}) {
            JsonNode column = profiles.path("bronze.wide").path("c" + k);
            long present = 20 / (k + 1);
            assertThat(column.path("null_share").asDouble()).as("c" + k).isEqualTo((20.0 - present) / 20);
            assertThat(column.path("distinct").asLong()).as("c" + k).isEqualTo(present > 0 ? 1 : 0);
        }
        assertThat(profiles.path("bronze.sample").path("code").path("distinct").asLong())
                .isEqualTo(6);
        Matcher reads = Pattern.compile("FROM bronze\\.wide\\b").matcher(Files.readString(trace));
        long readsOfTheWideTable = reads.results().count();
        // 152 columns in batches of 64: three statements, each reading the wide table once.
        assertThat(readsOfTheWideTable).isEqualTo(3);
    }
}
