package io.saleslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.Engine;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.PipelineSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nine hand-made deals whose figures are worked out by hand in the comments. */
class PipelineMetricsTest {
    private static final String DEALS = """
            id,stage,amount,prob,created,closed,owner
            D1,Closed Won,1000.00,100,2024-01-01,2024-01-11,Ann
            D2,Closed Won,3000,100,2024-01-01,2024-01-21,Bob
            D3,Closed Won,,100,2024-02-01,2024-03-02,Ann
            D4,Closed Lost,2000,0,2024-01-01,2024-02-01,Ann
            D5,Prospecting,500,10,2024-03-01,2024-05-15,Bob
            D6,Negotiation,1500,60,2024-03-01,2024-04-10,
            D7,Negotiation,,50,2024-03-01,2024-04-20,Ann
            D8,Mystery,700,,2024-01-01,,Bob
            D9, Closed Won ,200,100,2024-05-10,2024-05-01,Bob
            """;

    @TempDir
    Path dir;

    private Engine engine;

    @BeforeEach
    void startEngine() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void countsEveryDealInItsClassAndKeepsDealsWithoutAmount() throws IOException {
        JsonNode pipeline = measure(DEALS, fullPipeline());

        assertThat(pipeline.path("deals").asLong()).isEqualTo(9);
        // won: D1, D2, D3 (no amount), D9 (stage written with spaces); lost: D4; open: D5, D6, D7; unclassified: D8
        assertThat(pipeline.at("/classes/won/deals").asLong()).isEqualTo(4);
        assertThat(pipeline.at("/classes/won/amount").asDouble()).isEqualTo(4200.0);
        assertThat(pipeline.at("/classes/won/deals_without_amount").asLong()).isEqualTo(1);
        assertThat(pipeline.at("/classes/lost/amount").asDouble()).isEqualTo(2000.0);
        assertThat(pipeline.at("/classes/open/deals").asLong()).isEqualTo(3);
        assertThat(pipeline.at("/classes/open/deals_without_amount").asLong()).isEqualTo(1);
        assertThat(pipeline.at("/classes/unclassified/deals").asLong()).isEqualTo(1);
        assertThat(pipeline.path("unclassified_stages").toString())
                .isEqualTo("[{\"stage\":\"Mystery\",\"deals\":1,\"amount\":700.0}]");
    }

    @Test
    void winRatesAverageWonDealAndPipelineFollowTheirDefinitions() throws IOException {
        JsonNode pipeline = measure(DEALS, fullPipeline());

        assertThat(pipeline.at("/win_rate/by_count").asDouble()).isEqualTo(0.8); // 4 / (4 + 1)
        assertThat(pipeline.at("/win_rate/by_value").asDouble()).isEqualTo(0.677419); // 4200 / 6200
        assertThat(pipeline.path("won_revenue").asDouble()).isEqualTo(4200.0);
        assertThat(pipeline.at("/average_won_deal/value").asDouble()).isEqualTo(1400.0); // 4200 / 3 with an amount
        assertThat(pipeline.at("/open_pipeline/amount").asDouble()).isEqualTo(2000.0);
        assertThat(pipeline.at("/open_pipeline/weighted").asDouble()).isEqualTo(950.0); // 500 x 0.1 + 1500 x 0.6
        assertThat(pipeline.at("/open_pipeline/by_stage").toString())
                .isEqualTo(
                        "["
                                + "{\"stage\":\"Prospecting\",\"deals\":1,\"amount\":500.0,\"deals_without_amount\":0,\"weighted\":50.0},"
                                + "{\"stage\":\"Qualification\",\"deals\":0,\"amount\":0.0,\"deals_without_amount\":0,\"weighted\":null},"
                                + "{\"stage\":\"Negotiation\",\"deals\":2,\"amount\":1500.0,\"deals_without_amount\":1,\"weighted\":900.0}]");
        assertThat(pipeline.at("/open_pipeline/by_close_month").toString())
                .isEqualTo("["
                        + "{\"month\":\"2024-04\",\"deals\":2,\"amount\":1500.0,\"weighted\":900.0},"
                        + "{\"month\":\"2024-05\",\"deals\":1,\"amount\":500.0,\"weighted\":50.0}]");
    }

    @Test
    void salesCycleLeavesOutDealsClosedBeforeTheyWereCreated() throws IOException {
        JsonNode cycle = measure(DEALS, fullPipeline()).path("sales_cycle_days");

        // D1 10, D2 20, D3 30 days; D9 closed 9 days before it was created
        assertThat(cycle.path("deals").asLong()).isEqualTo(3);
        assertThat(cycle.path("closed_before_created").asLong()).isEqualTo(1);
        assertThat(cycle.path("median").asDouble()).isEqualTo(20.0);
        assertThat(cycle.path("p90").asDouble()).isEqualTo(28.0); // 20 + 0.8 x (30 - 20)
    }

    @Test
    void ownersAreOrderedByWonRevenueWithUnknownForAMissingOwner() throws IOException {
        JsonNode owners = measure(DEALS, fullPipeline()).at("/by/owner");

        assertThat(owners.toString())
                .isEqualTo("["
                        + "{\"owner\":\"Bob\",\"deals\":4,\"won_deals\":2,\"lost_deals\":0,\"open_deals\":1,\"won_revenue\":3200.0,"
                        + "\"win_rate\":1.0,\"open_pipeline\":500.0,\"weighted_pipeline\":50.0},"
                        + "{\"owner\":\"Ann\",\"deals\":4,\"won_deals\":2,\"lost_deals\":1,\"open_deals\":1,\"won_revenue\":1000.0,"
                        + "\"win_rate\":0.666667,\"open_pipeline\":0.0,\"weighted_pipeline\":null},"
                        + "{\"owner\":\"Unknown\",\"deals\":1,\"won_deals\":0,\"lost_deals\":0,\"open_deals\":1,\"won_revenue\":0.0,"
                        + "\"win_rate\":null,\"open_pipeline\":1500.0,\"weighted_pipeline\":900.0}]");
    }

    @Test
    void withoutClosedDealsTheWinRateIsNullWithAReason() throws IOException {
        JsonNode pipeline = measure("id,stage,amount\nD1,Prospecting,10\n", minimalPipeline());

        assertThat(pipeline.at("/win_rate/by_count").isNull()).isTrue();
        assertThat(pipeline.at("/win_rate/reason").asText()).startsWith("no closed deals");
        assertThat(pipeline.at("/average_won_deal/value").isNull()).isTrue();
        assertThat(pipeline.at("/open_pipeline/weighted_reason").asText())
                .isEqualTo("the pipeline has no probability column");
        assertThat(pipeline.at("/sales_cycle_days/reason").asText()).contains("created_date and close_date");
        assertThat(pipeline.path("by").isEmpty()).isTrue();
    }

    @Test
    void aSpecWithoutPipelineAddsNoKey() {
        ObjectNode metrics = new ObjectMapper().createObjectNode();
        new PipelineMetrics(engine).measure(new DatasetSpec("orders", null, null, null, null), metrics);

        assertThat(metrics.has("pipeline")).isFalse();
    }

    @Test
    void theSameDealsGiveTheSameBytes() throws IOException {
        assertThat(measure(DEALS, fullPipeline()).toString())
                .isEqualTo(measure(DEALS, fullPipeline()).toString());
    }

    private JsonNode measure(String csv, PipelineSpec pipeline) throws IOException {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, csv);
        engine.loadCsv("bronze.deals", file, CsvFormat.DEFAULT);
        return new PipelineMetrics(engine).figures(pipeline);
    }

    private static PipelineSpec fullPipeline() {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("deal_id", column("id", "text"));
        columns.put("stage", column("stage", "text"));
        columns.put("amount", column("amount", "decimal"));
        columns.put("probability", column("prob", "decimal"));
        columns.put("created_date", column("created", "date"));
        columns.put("close_date", column("closed", "date"));
        columns.put("owner", column("owner", "text"));
        return new PipelineSpec(
                "deals",
                columns,
                List.of("Closed Won"),
                List.of("Closed Lost"),
                List.of("Prospecting", "Qualification", "Negotiation"),
                "percent");
    }

    private static PipelineSpec minimalPipeline() {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("deal_id", column("id", "text"));
        columns.put("stage", column("stage", "text"));
        columns.put("amount", column("amount", "decimal"));
        return new PipelineSpec(
                "deals", columns, List.of("Closed Won"), List.of("Closed Lost"), List.of("Prospecting"), null);
    }

    private static ColumnSpec column(String from, String type) {
        return new ColumnSpec(from, null, type, null, false, null, null, false);
    }
}
