package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.catalog.Document;
import io.saleslens.catalog.FollowedFigures;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.report.Figures;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deals preset on a seeded export of its tool: every figure equals the one computed in plain Java from the rows the
 * fixture wrote. Each tool's test names its preset, fixture and what differs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DealPresetTest {
    private static final int DEALS = 240;

    private DealFigures expected;
    private RunResult result;

    /** The preset under test. */
    abstract String preset();

    /** Writes the fixture's export of {@code deals} deals into {@code folder} and returns what it wrote. */
    abstract List<DealRow> write(Path folder, long seed, int deals) throws IOException;

    /** The figures a correct run reports for the rows written. */
    abstract DealFigures figures(List<DealRow> deals);

    /** The seed of the main fixture. */
    abstract long seed();

    /** The name of the file the fixture writes. */
    abstract String fileName();

    /** Checks the name of the first stage in no list, as the export wrote it. */
    abstract void assertUnclassifiedStage(String stage);

    @BeforeAll
    void run(@TempDir Path dir) throws IOException {
        List<DealRow> deals = write(dir.resolve("data"), seed(), DEALS);
        expected = figures(deals);
        // The preset is chosen from the headers alone, as run does without --preset.
        DatasetSpec recognised = Presets.detect(dir.resolve("data"))
                .orElseThrow(() -> new AssertionError("no preset recognised the export"));
        assertThat(recognised.name()).isEqualTo(preset());
        result = SalesLens.run(
                new RunOptions(recognised, dir.resolve("data"), dir.resolve("out"), null), ProgressListener.SILENT);
    }

    @Test
    void theWonDealsAreTheSales() {
        JsonNode totals = result.metrics().path("totals");

        assertThat(totals.path("revenue").asDouble()).isEqualTo(expected.wonRevenue());
        assertThat(totals.path("orders").asLong()).isEqualTo(expected.won().size());
        assertThat(totals.path("customers_with_orders").asLong()).isEqualTo(expected.customersWithWonDeals());
        assertThat(totals.path("customers").asLong()).isEqualTo(expected.accounts());
    }

    @Test
    void thePipelineFiguresEqualTheDealsWritten() {
        JsonNode pipeline = result.metrics().path("pipeline");

        assertThat(pipeline.path("deals").asLong()).isEqualTo(DEALS);
        assertThat(pipeline.at("/classes/won/amount").asDouble()).isEqualTo(expected.wonRevenue());
        assertThat(pipeline.at("/classes/unclassified/deals").asLong())
                .isEqualTo(expected.unclassified())
                .isPositive();
        assertUnclassifiedStage(pipeline.at("/unclassified_stages/0/stage").asText());
        assertThat(pipeline.at("/win_rate/by_count").asDouble()).isEqualTo(expected.winRateByCount());
        assertThat(pipeline.at("/win_rate/by_value").asDouble()).isEqualTo(expected.winRateByValue());
        assertThat(pipeline.at("/open_pipeline/amount").asDouble()).isEqualTo(expected.openPipeline());
        assertThat(pipeline.at("/open_pipeline/weighted").asDouble())
                .isCloseTo(expected.weightedPipeline(), within(0.011));
        assertThat(pipeline.at("/sales_cycle_days/median").asDouble()).isEqualTo(expected.cycleMedian());
    }

    /**
     * Deal data is the only data that writes the pipeline figures: every catalogue key under {@code pipeline.} has a
     * value, but for the groupings ({@code pipeline.by.<column>}) of columns the preset does not map.
     */
    @Test
    void everyPipelineKeyOfTheMetricCatalogueHasAValue() {
        JsonNode by = result.metrics().path("pipeline").path("by");
        List<String> withoutValue = MetricCatalogue.standard().metrics().stream()
                .filter(metric -> metric.key().startsWith("pipeline."))
                .filter(metric -> !metric.key().startsWith("pipeline.by.")
                        || by.has(
                                metric.key().substring("pipeline.by.".length()).replaceAll("\\[.*", "")))
                .filter(metric -> metric.values(result.metrics()).isEmpty())
                .map(Metric::key)
                .toList();

        assertThat(by.has("owner")).isTrue();
        assertThat(withoutValue).as("pipeline keys without a value").isEmpty();
    }

    @Test
    void everyPipelineNumberIsCataloguedOrExcluded() {
        List<String> unplaced = FollowedFigures.numericLeaves(result.metrics()).stream()
                .filter(path -> path.get(0).equals("pipeline"))
                .filter(path -> !FollowedFigures.catalogued(Document.METRICS, path))
                .filter(path -> !FollowedFigures.excluded(Document.METRICS, path))
                .map(FollowedFigures::written)
                .distinct()
                .toList();

        assertThat(unplaced).isEmpty();
    }

    @Test
    void everyRowOfTheSourceIsAccountedFor() {
        JsonNode accounting = result.quality().path("row_accounting");

        assertThat(accounting.size()).isPositive();
        accounting.fields().forEachRemaining(source -> {
            JsonNode rows = source.getValue();
            assertThat(rows.path("rows_in").asLong())
                    .as(source.getKey())
                    .isEqualTo(rows.path("rows_out").asLong()
                            + rows.path("quarantined").asLong()
                            + rows.path("duplicates_merged").asLong()
                            + rows.path("filtered").asLong());
        });
        String source = fileName().substring(0, fileName().indexOf('.'));
        assertThat(accounting.at("/" + source + "/rows_in").asLong()).isEqualTo(DEALS);
    }

    @Test
    void closedLostDealsAreFilteredNotFailed() {
        assertThat(result.quality().at("/score/overall").asDouble()).isEqualTo(1.0);
        assertThat(result.quality().at("/summary/quarantined").asLong()).isZero();
        assertThat(expected.lost()).isNotEmpty();
    }

    @Test
    void theSalesReportShowsThePipelineAndNoUnits() throws IOException {
        String report = Files.readString(result.runDir().resolve("reports/sales.md"));

        assertThat(report)
                .contains("| Win rate (by count) | " + Figures.percent(expected.winRateByCount()) + " |")
                .contains("| Open pipeline | " + Figures.money(expected.openPipeline()) + " in "
                        + Figures.count(expected.open().size()) + " deals")
                .contains("| Owner | Won deals | Won revenue | Win rate | Open pipeline |")
                .doesNotContain("Units", "unit price");
    }

    @Test
    void anExportUnderAnotherNameIsRecognisedByItsHeaders(@TempDir Path folder) throws IOException {
        write(folder, 3L, 20);
        Files.move(folder.resolve(fileName()), folder.resolve("export-2026-01-24.csv"));

        DatasetSpec recognised = Presets.detect(folder).orElseThrow();

        assertThat(recognised.name()).isEqualTo(preset());
        assertThat(recognised.source(recognised.pipeline().from()).path()).isEqualTo("export-2026-01-24.csv");
    }
}
