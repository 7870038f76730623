package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.TestFolders;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A required column's check counts the rows the cleaner quarantines for it: blank ids and ids that are no integer
 * (text, a fraction, nineteen digits and more) alike, so quality.json and the cleaning figures never disagree.
 */
class RequiredValueCheckTest {
    private static final Path SAMPLE = Path.of("../examples/crm-erp");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");

    @TempDir
    Path dir;

    @Test
    void theRequiredIdCheckFailsExactlyTheRowsQuarantinedWithoutAnId() throws IOException {
        Path data = dir.resolve("data");
        TestFolders.copy(SAMPLE, data);
        Path customers = data.resolve("source_crm/cust_info.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(customers));
        long missingInTheSample = idsNoIntegerColumnHolds(lines);
        // Ids no integer column holds, each on a line whose id was valid, beside the sample's own blank ids.
        List<String> badIds = List.of("x1", "1.5", "12345678901234567890", "  ", "1e3", "0x1F");
        for (int i = 0; i < badIds.size(); i++) {
            int line = 10 + 7 * i;
            lines.set(
                    line,
                    badIds.get(i) + lines.get(line).substring(lines.get(line).indexOf(',')));
        }
        Files.write(customers, lines);
        long expected = idsNoIntegerColumnHolds(lines);
        assertThat(expected).isEqualTo(missingInTheSample + badIds.size());

        RunResult result = SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), data, dir.resolve("out"), null), ProgressListener.SILENT);

        JsonNode required = null;
        for (JsonNode check : result.quality().path("checks")) {
            if (check.path("id").asText().equals("cust_info.cst_id.required")) {
                required = check;
            }
        }
        assertThat(required).isNotNull();
        assertThat(required.path("failed").asLong()).isEqualTo(expected);
        assertThat(result.quality()
                        .path("cleaning")
                        .path("customer")
                        .path("quarantined")
                        .asLong())
                .isEqualTo(expected);
    }

    /** The data lines whose first field, trimmed, is not an integer of at most 18 digits: plain Java, not the cleaner. */
    private static long idsNoIntegerColumnHolds(List<String> lines) {
        return lines.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(',')).strip())
                .filter(id -> !INTEGER.matcher(id).matches())
                .count();
    }
}
