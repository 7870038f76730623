package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}
