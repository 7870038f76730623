package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Salesforce report holds the columns its author chose: the preset reads one that writes Owner instead of
 * Opportunity Owner and lacks Region, Industry, Product Family and Probability (%), recognised from its headers alone.
 */
class SalesforceReportColumnsTest {
    @TempDir
    Path dir;

    @Test
    void aReportWithOwnerAndWithoutTheOptionalColumnsIsReadByThePreset() throws IOException {
        // id, account, stage, amount, close, created, owner
        String[][] deals = {
            {"006A1", "Acme, Inc.", "Closed Won", "\"$12,500.00\"", "03/05/2024", "01/10/2024", "Ana"},
            {"006A2", "Acme, Inc.", "Closed Lost", "\"$3,000.00\"", "03/20/2024", "02/01/2024", "Ana"},
            {"006A3", "Globex", "Closed Won", "\"$1,250.50\"", "04/02/2024", "03/01/2024", "Ben"},
            {"006A4", "Globex", "Negotiation/Review", "\"$40,000.00\"", "06/30/2024", "03/15/2024", "Ben"},
            {"006A5", "Initech", "Prospecting", "", "07/31/2024", "04/01/2024", "Ana"},
            {"006A6", "Initech", "Closed Lost", "", "05/01/2024", "04/02/2024", "Ben"}
        };
        List<String> lines =
                new ArrayList<>(List.of("Owner,Opportunity ID,Account Name,Stage,Amount,Close Date,Created Date"));
        for (String[] deal : deals) {
            lines.add(String.join(
                    ",",
                    deal[6],
                    deal[0],
                    deal[1].contains(",") ? "\"" + deal[1] + "\"" : deal[1],
                    deal[2],
                    deal[3],
                    deal[4],
                    deal[5]));
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("report1712345.csv"), lines);

        SpecChoice choice = Presets.recognise(data).orElseThrow();
        assertThat(choice.spec().name()).isEqualTo("salesforce-opportunities");
        RunResult result =
                SalesLens.run(new RunOptions(choice.spec(), data, dir.resolve("out"), null), ProgressListener.SILENT);

        double won = 12_500.00 + 1_250.50;
        double lost = 3_000.00;
        JsonNode totals = result.metrics().path("totals");
        assertThat(totals.path("revenue").asDouble()).isEqualTo(won);
        assertThat(totals.path("orders").asLong()).isEqualTo(2);
        JsonNode pipeline = result.metrics().path("pipeline");
        assertThat(pipeline.at("/win_rate/by_count").asDouble()).isEqualTo(Math.round(2.0 / 4 * 1e6) / 1e6);
        assertThat(pipeline.at("/win_rate/by_value").asDouble()).isEqualTo(Math.round(won / (won + lost) * 1e6) / 1e6);
        assertThat(pipeline.at("/open_pipeline/amount").asDouble()).isEqualTo(40_000.00);
        assertThat(pipeline.at("/open_pipeline/deals_without_amount").asLong()).isEqualTo(1);
        List<String> owners = new ArrayList<>();
        pipeline.at("/by/owner").forEach(row -> owners.add(row.path("owner").asText()));
        assertThat(owners).containsExactlyInAnyOrder("Ana", "Ben");
        assertThat(result.rowAccounting().get(0).balanced()).isTrue();
        assertThat(result.rowAccounting().get(0).filtered()).isEqualTo(4);
    }
}
