package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthJsonTest {
    @TempDir
    Path directory;

    private static final GenerationTruth TRUTH = new GenerationTruth(
            42,
            0.01,
            1_000,
            10,
            4,
            12,
            3,
            3,
            299,
            5,
            LocalDate.of(2011, 1, 1),
            LocalDate.of(2013, 12, 31),
            Map.of("source_crm/sales_details.csv", 10L),
            new DefectCounts(1, 2, 3, 4, 5, 6, 7, 8));

    @Test
    void writesSnakeCaseKeysAndReadsThemBack() throws IOException {
        Path file = directory.resolve("truth.json");
        TruthJson.write(TRUTH, file);

        assertThat(Files.readString(file))
                .contains("\"revenue\" : 1000", "\"first_order_date\" : \"2011-01-01\"")
                .contains("\"customers_with_orders\" : 3", "\"variant_spellings\" : 15")
                .contains("\"source_crm/sales_details.csv\" : 10");
        assertThat(TruthJson.read(file)).isEqualTo(TRUTH);
    }

    @Test
    void writesNullDatesWhenNoOrderDateIsValid() throws IOException {
        GenerationTruth noDates =
                new GenerationTruth(1, 1, 5, 1, 1, 1, 1, 1, 1, 1, null, null, Map.of(), TRUTH.defects());
        Path file = directory.resolve("truth.json");
        TruthJson.write(noDates, file);

        assertThat(Files.readString(file)).contains("\"first_order_date\" : null");
        assertThat(TruthJson.read(file)).isEqualTo(noDates);
    }
}
