package io.saleslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.analysis.stats.Concentration;
import io.saleslens.analysis.stats.ConcentrationResult;
import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlConcentrationTest {
    @TempDir
    Path spill;

    private DuckDbEngine engine;

    @BeforeEach
    void start() {
        engine = new DuckDbEngine(spill, null);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void matchesHandComputedValuesForOneToFour() {
        // Sorted 1, 2, 3, 4: G = 2 (1 + 4 + 9 + 16) / (4 x 10) - 5/4 = 0.25; HHI = (1 + 4 + 9 + 16) / 100;
        // the top ceil(0.8) = 1 item holds 4 of 10.
        ObjectNode result = new SqlConcentration(engine).of(items(3, 1, 4, 2));

        assertThat(result.get("items").asLong()).isEqualTo(4);
        assertThat(result.get("gini").asDouble()).isEqualTo(0.25);
        assertThat(result.get("hhi").asDouble()).isEqualTo(0.3);
        assertThat(result.get("top_items").asLong()).isEqualTo(1);
        assertThat(result.get("top_share").asDouble()).isEqualTo(0.4);
    }

    @Test
    void oneItemHoldingEverythingGivesTheMaximumGini() {
        ObjectNode result = new SqlConcentration(engine).of(items(0, 0, 0, 10));

        assertThat(result.get("gini").asDouble()).isEqualTo(0.75);
        assertThat(result.get("hhi").asDouble()).isEqualTo(1.0);
        assertThat(result.get("top_share").asDouble()).isEqualTo(1.0);
    }

    @Test
    void equalValuesHaveNoConcentration() {
        ObjectNode result = new SqlConcentration(engine).of(items(5, 5, 5, 5, 5));

        assertThat(result.get("gini").asDouble()).isEqualTo(0.0);
        assertThat(result.get("hhi").asDouble()).isEqualTo(0.2);
        assertThat(result.get("top_share").asDouble()).isEqualTo(0.2);
    }

    @Test
    void agreesWithTheJavaMeasuresOnTheSameData() {
        double[] values = {120.5, 3, 77, 0, 940, 15.25, 15.25, 300, 8, 61, 2, 450};

        ObjectNode sql = new SqlConcentration(engine).of(items(values));
        ConcentrationResult java = Concentration.of(values);

        assertThat(sql.get("gini").asDouble()).isCloseTo(java.gini(), within(1e-6));
        assertThat(sql.get("hhi").asDouble()).isCloseTo(java.hhi(), within(1e-6));
        assertThat(sql.get("top_items").asInt()).isEqualTo(java.topItemCount());
        assertThat(sql.get("top_share").asDouble()).isCloseTo(java.topShare(), within(1e-6));
    }

    @Test
    void anEmptyListHasNoFiguresRatherThanNaN() {
        ObjectNode result = new SqlConcentration(engine).of("SELECT 1.0 AS value WHERE false");

        assertThat(result.get("items").asLong()).isZero();
        assertThat(result.get("gini").isNull()).isTrue();
        assertThat(result.get("top_share").isNull()).isTrue();
    }

    private static String items(double... values) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < values.length; i++) {
            union.add("SELECT CAST(" + values[i] + " AS DOUBLE) AS value");
        }
        return union.toString();
    }
}
