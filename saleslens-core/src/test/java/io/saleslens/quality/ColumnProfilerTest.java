package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.TracingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

    /**
     * Finding: the top values sorted every value tied at a column's fifth frequency, and a column of unique values ties
     * all of them. The ties are now narrowed to the first five in text order per column; the lists must stay those of a
     * full ranking, computed here in plain Java.
     */
    @Test
    void theTopFiveAreThoseOfAFullRankingWhenManyValuesTieAtTheFifthFrequency() {
        Random random = new Random(7);
        int lines = 2_000;
        List<String> unique = new ArrayList<>();
        List<String> skewed = new ArrayList<>();
        List<String> few = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (int line = 1; line <= lines; line++) {
            unique.add("u" + (100_000 + random.nextInt(900_000)) + "-" + line);
            // Three frequent values, then a long tail of values seen once or twice, some blank or padded.
            int pick = random.nextInt(100);
            skewed.add(
                    pick < 10
                            ? "hot"
                            : pick < 18 ? "warm" : pick < 25 ? " mild " : pick < 28 ? "" : "t" + random.nextInt(900));
            few.add(pick < 50 ? "x" : pick < 70 ? "y" : pick < 75 ? "z" : null);
            rows.append(line == 1 ? "" : ", ")
                    .append("(")
                    .append(line)
                    .append(", '")
                    .append(unique.get(line - 1))
                    .append("', '")
                    .append(skewed.get(line - 1))
                    .append("', ")
                    .append(few.get(line - 1) == null ? "NULL" : "'" + few.get(line - 1) + "'")
                    .append(")");
        }
        engine.execute(
                "CREATE TABLE bronze.ties AS SELECT * FROM (VALUES " + rows + ") t(_line, unique_code, skewed, few)");
        ObjectNode profile = new ColumnProfiler(engine).profile("bronze.ties", List.of("unique_code", "skewed", "few"));
        Map<String, List<String>> values = Map.of("unique_code", unique, "skewed", skewed, "few", few);
        for (String column : values.keySet()) {
            JsonNode top = profile.path(column).path("top");
            List<String> shown = new ArrayList<>();
            top.forEach(entry -> shown.add(
                    entry.path("value").asText() + "=" + entry.path("rows").asLong()));
            assertThat(shown).as(column).isEqualTo(fullRanking(values.get(column)));
        }
        assertThat(profile.path("skewed").path("top").get(2).path("value").asText())
                .isEqualTo("mild");
    }

    /** The five most frequent trimmed, non-blank values as value=rows, ties in text order, by counting and sorting all. */
    private static List<String> fullRanking(List<String> column) {
        Map<String, Long> counts = new TreeMap<>();
        for (String value : column) {
            String trimmed = value == null ? "" : value.trim();
            if (!trimmed.isEmpty()) {
                counts.merge(trimmed, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .toList();
    }
}
