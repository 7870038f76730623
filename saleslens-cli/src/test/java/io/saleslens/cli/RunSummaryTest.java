package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.saleslens.alert.Alerts;
import io.saleslens.run.RunResult;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RunId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static String summary(RowAccounting... sources) {
        RunResult result = new RunResult(
                RunId.of(LocalDateTime.of(2026, 1, 24, 22, 10, 16), "ca6ee43e" + "0".repeat(56)),
                Path.of("out", "runs", "r"),
                JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(),
                List.of(sources));
        StringWriter text = new StringWriter();
        new RunSummary(result, new Alerts("r", List.of())).print(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aSourceWithBlankLinesSaysHowManyWereSkipped() {
        assertThat(summary(new RowAccounting("sales_details", 60_398, 60_398, 0, 0, 35, 0, 35, 20)))
                .contains("  sales_details: 60,398 rows in, 60,398 clean, 0 quarantined, 0 duplicates merged,"
                        + " 35 repaired; 20 blank lines skipped\n");
        assertThat(summary(new RowAccounting("prd_info", 397, 397, 0, 0, 0, 0, 0, 1)))
                .contains(
                        "397 rows in, 397 clean, 0 quarantined, 0 duplicates merged, 0 repaired; 1 blank line skipped");
    }

    @Test
    void aSourceWithoutBlankLinesDoesNotMentionThem() {
        assertThat(summary(new RowAccounting("prd_info", 397, 397, 0, 0, 0)))
                .contains("  prd_info: 397 rows in, 397 clean, 0 quarantined, 0 duplicates merged, 0 repaired\n")
                .doesNotContain("blank");
    }
}
