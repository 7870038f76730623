package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void bytesAreShownInMegabytesAndOtherUnitsAsCounts() {
        assertThat(ConsoleProgress.progressText(45_200_000, 120_000_000, "bytes"))
                .isEqualTo("45.2 of 120.0 MB");
        assertThat(ConsoleProgress.progressText(1_204, 5_000, "rows")).isEqualTo("1,204 of 5,000 rows");
    }

    @Test
    void offATerminalOnlyTheStageLinesAreWritten() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
        progress.stageStarted("ingest");
        progress.stageProgress("ingest", 45_200_000, 120_000_000, "bytes");
        progress.stageFinished("ingest", 116_294, 1_318);
        assertThat(text.toString())
                .isEqualTo("  ingest        116,294 rows read         1,318 ms" + System.lineSeparator());
    }
}
