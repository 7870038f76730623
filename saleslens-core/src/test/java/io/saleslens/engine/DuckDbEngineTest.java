package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
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

    /** A list of ten million numbers (80 MB) cannot spill: under a 16 MB limit it is the limit that must grow. */
    @Test
    void runningOutOfMemoryIsTheLimitsFaultAndSaysHowToRun() {
        try (DuckDbEngine engine = new DuckDbEngine(spill.resolve("small"), "16MB")) {
            SalesLensException failure = catchThrowableOfType(
                    () -> engine.query("SELECT list(range) AS l FROM range(10000000)"), SalesLensException.class);
            assertThat(failure.code()).isEqualTo(ErrorCode.MEMORY_LIMIT_EXCEEDED);
            assertThat(failure.getMessage())
                    .startsWith("DuckDB ran out of memory within its limit, even spilling to disk (")
                    .endsWith("); give a larger --memory-limit, such as 1GB")
                    .doesNotContain("SELECT")
                    .doesNotContain("Out of Memory Error");
        }
    }
}
