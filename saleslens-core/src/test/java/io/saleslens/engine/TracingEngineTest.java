package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingEngineTest {
    @TempDir
    Path folder;

    @Test
    void everyStatementIsPassedOnAndWrittenWithItsTimeOnOneLine() throws Exception {
        Path trace = folder.resolve("trace.tsv");
        try (Engine engine = new TracingEngine(new DuckDbEngine(folder.resolve("spill"), null), trace)) {
            engine.execute("CREATE TABLE work.t AS\n  SELECT range AS n FROM range(10)");
            assertThat(engine.queryLong("SELECT sum(n) FROM work.t")).isEqualTo(45);
            assertThatThrownBy(() -> engine.execute("SELECT * FROM work.missing"))
                    .hasMessageContaining("missing");
        }
        List<String> lines = Files.readAllLines(trace);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("\\d+\tCREATE TABLE work\\.t AS SELECT range AS n FROM range\\(10\\)");
        assertThat(lines.get(1)).matches("\\d+\tSELECT sum\\(n\\) FROM work\\.t");
        assertThat(lines.get(2)).as("a failed statement is timed too").endsWith("SELECT * FROM work.missing");
    }
}
