package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEngineTest {
    @TempDir
    Path spill;

    /** 128 bytes a row against the limit DuckDB reports: 1 GB is 953.6 MiB, 10^9 bytes. */
    @Test
    void splitsAStatementOnlyWhenItsRowsWouldOverflowTheMemoryLimit() {
        try (DuckDbEngine engine = new DuckDbEngine(spill.resolve("one"), "1GB")) {
            // The customers of a 10M-line run fit whole; those of 100M lines (31.3M) take ceil(4.006) parts.
            assertThat(engine.partsFor(3_100_000)).isEqualTo(1);
            assertThat(engine.partsFor(31_300_000)).isEqualTo(5);
        }
        try (DuckDbEngine engine = new DuckDbEngine(spill.resolve("two"), "2GB")) {
            assertThat(engine.partsFor(31_300_000)).isEqualTo(3);
            assertThat(engine.partsFor(0)).isEqualTo(1);
        }
    }
}
