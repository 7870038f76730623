package io.saleslens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.DedupePolicy;
import io.saleslens.spec.Presets;
import io.saleslens.stage.RowAccounting;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on the bundled crm-erp sample: the figures the first report got right, and what it got wrong, corrected. */
class SalesLensTest {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");

    @TempDir
    static Path out;

    static RunResult latest;
    static RunResult first;

    @BeforeAll
    static void runTheSampleTwice() {
        latest = SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("latest"), null), ProgressListener.SILENT);
        first = SalesLens.run(
                new RunOptions(
                        Presets.load("crm-erp").withDedupe(DedupePolicy.FIRST), SAMPLE, out.resolve("first"), null),
                ProgressListener.SILENT);
    }

    @Test
    void firstInFileOrderReproducesTheSeedSegmentFigures() {
        Map<String, JsonNode> segments = segmentsByCode(first.metrics());
        assertThat(segments).containsOnlyKeys("M", "S", "Unknown");
        assertThat(segments.get("M").path("customers").asLong()).isEqualTo(10_009);
        assertThat(segments.get("S").path("customers").asLong()).isEqualTo(8_472);
        assertThat(segments.get("Unknown").path("customers").asLong()).isEqualTo(3);
        assertThat(segments.get("M").path("revenue").asDouble()).isBetween(15_175_000.0, 15_185_000.0);
        assertThat(segments.get("S").path("revenue").asDouble()).isBetween(14_165_000.0, 14_175_000.0);
        assertThat(segments.get("M").path("units").asLong()).isEqualTo(33_276);
        assertThat(segments.get("S").path("units").asLong()).isEqualTo(27_143);
        assertThat(segments.get("M").path("orders").asLong()).isEqualTo(15_156);
        assertThat(segments.get("S").path("orders").asLong()).isEqualTo(12_500);
        assertThat(segments.get("M").path("label").asText()).isEqualTo("Married");
    }

    @Test
    void theCatalogAndTheProductsSoldAreDifferentFigures() {
        JsonNode totals = first.metrics().path("totals");
        assertThat(totals.path("sales_records").asLong()).isEqualTo(60_398);
        assertThat(totals.path("products_in_catalog").asLong()).isEqualTo(295);
        assertThat(totals.path("products_sold").asLong()).isEqualTo(130);
    }

    @Test
    void latestByCreateDateResolvesTheThreeUnknowns() {
        Map<String, JsonNode> segments = segmentsByCode(latest.metrics());
        assertThat(segments).containsOnlyKeys("M", "S");
        assertThat(segments.get("M").path("customers").asLong()).isEqualTo(10_011);
        assertThat(segments.get("S").path("customers").asLong()).isEqualTo(8_473);
    }

    @Test
    void segmentsAddUpToTheTotals() {
        JsonNode metrics = latest.metrics();
        long customers = 0;
        double revenue = 0;
        for (JsonNode row : metrics.path("segments").path("rows")) {
            customers += row.path("customers").asLong();
            revenue += row.path("revenue").asDouble();
        }
        assertThat(customers).isEqualTo(metrics.path("totals").path("customers").asLong());
        assertThat(revenue).isCloseTo(metrics.path("totals").path("revenue").asDouble(), Offset.offset(0.01));
        assertThat(metrics.path("totals").path("avg_unit_price").asDouble())
                .isCloseTo(
                        metrics.path("totals").path("revenue").asDouble()
                                / metrics.path("totals").path("units").asDouble(),
                        Offset.offset(0.005));
    }

    @Test
    void everySourceRowIsAccountedFor() throws IOException {
        assertThat(latest.rowAccounting()).hasSize(6).allMatch(RowAccounting::balanced);
        JsonNode manifest = new ObjectMapper()
                .readTree(latest.runDir().resolve("manifest.json").toFile());
        assertThat(manifest.path("status").asText()).isEqualTo("succeeded");
        assertThat(manifest.path("run_id").asText()).isEqualTo(latest.runId().toString());
        assertThat(manifest.path("inputs")).hasSize(6);
        assertThat(manifest.path("inputs").path(0).path("sha256").asText()).hasSize(64);
        JsonNode customers = manifest.path("row_accounting").path("cust_info");
        assertThat(customers.path("rows_in").asLong()).isEqualTo(18_494);
        assertThat(customers.path("quarantined").asLong()).isEqualTo(4);
        assertThat(customers.path("duplicates_merged").asLong()).isEqualTo(6);
        assertThat(manifest.path("stages").findValuesAsText("name"))
                .contains("ingest", "clean", "model", "measure", "report");
    }

    @Test
    void theMonthlySeriesMarksThePartialFirstAndLastMonths() {
        JsonNode monthly = latest.metrics().path("monthly");
        assertThat(monthly.get(0).path("month").asText()).isEqualTo("2010-12");
        assertThat(monthly.get(0).path("partial").asBoolean()).isTrue();
        assertThat(monthly.get(monthly.size() - 1).path("partial").asBoolean()).isTrue();
        assertThat(monthly.get(1).path("partial").asBoolean()).isFalse();
    }

    @Test
    void sameInputsGiveTheSameMetricsAndTheSameHash() throws IOException {
        RunResult again = SalesLens.run(
                new RunOptions(Presets.load("crm-erp"), SAMPLE, out.resolve("again"), null), ProgressListener.SILENT);
        assertThat(again.runId().contentHash()).isEqualTo(latest.runId().contentHash());
        assertThat(first.runId().contentHash()).isNotEqualTo(latest.runId().contentHash());
        assertThat(Files.readString(again.runDir().resolve("metrics.json")))
                .isEqualTo(Files.readString(latest.runDir().resolve("metrics.json")));
    }

    @Test
    void theDashboardsDecodeAtLeastAt1600By900() throws IOException {
        for (String name : new String[] {"executive_kpis_trend.png", "business_performance_dashboard.png"}) {
            BufferedImage image = ImageIO.read(
                    latest.runDir().resolve("dashboards").resolve(name).toFile());
            assertThat(image).as(name).isNotNull();
            assertThat(image.getWidth()).as(name).isGreaterThanOrEqualTo(1600);
            assertThat(image.getHeight()).as(name).isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    void theSalesReportNamesSegmentsKeepsCatalogApartAndClaimsNothingUnmeasured() throws IOException {
        String report = Files.readString(latest.runDir().resolve("reports").resolve("sales.md"));
        assertThat(report)
                .contains(
                        "Married (M)",
                        "Single (S)",
                        "295 products are in the catalog; 130 of them were sold",
                        latest.runId().toString(),
                        "revenue ÷ units");
        assertThat(report).doesNotContain("validated", "Seasonality detected", "100% quality");
        assertThat(report.indexOf("## Scope & Objectives"))
                .isLessThan(report.indexOf("## Key Insights for Your Department"));
        assertThat(report.indexOf("## Implementation Actions")).isLessThan(report.indexOf("## Success Metrics"));
        assertThat(report.indexOf("## Success Metrics")).isLessThan(report.indexOf("## Risks & Dependencies"));
    }

    @Test
    void thePublishedFolderHasEveryPartAndNoStagingLeftBehind() throws IOException {
        // The folder is the Run ID without its '#', which a file:// URL would read as the start of a fragment.
        assertThat(latest.runDir().getFileName().toString())
                .isEqualTo(latest.runId()
                                .startedAt()
                                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                        + "_" + latest.runId().contentHash().substring(0, 8));
        for (String part : new String[] {
            "manifest.json",
            "quality.json",
            "metrics.json",
            "reports/sales.md",
            "reports/sales.html",
            "gold/fact_sales.parquet",
            "gold/dim_customer.parquet",
            "gold/dim_product.parquet",
            "gold/dim_date.parquet",
            "quarantine/cust_info.csv"
        }) {
            assertThat(latest.runDir().resolve(part)).as(part).exists();
        }
        try (var entries = Files.list(latest.runDir().getParent())) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(latest.runDir().resolve(".spill")).doesNotExist();
    }

    @Test
    void twoRunsStartedAtOnceIntoOneOutBothFinishAndBothAreInTheHistory() throws Exception {
        Path shared = out.resolve("shared");
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, shared, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<RunResult> run = () -> {
                start.await();
                return SalesLens.run(options, ProgressListener.SILENT);
            };
            Future<RunResult> one = threads.submit(run);
            Future<RunResult> two = threads.submit(run);
            start.countDown();
            RunResult first = one.get();
            RunResult second = two.get();
            assertThat(first.runDir()).isNotEqualTo(second.runDir());
            assertThat(first.metrics().path("totals"))
                    .isEqualTo(second.metrics().path("totals"));
            List<String> history = Files.readAllLines(shared.resolve("history.jsonl"));
            assertThat(history).hasSize(2);
            assertThat(history)
                    .anySatisfy(line -> assertThat(line)
                            .contains(
                                    "\"run_id\":\"" + first.runId() + "\"",
                                    "\"folder\":\"" + first.runDir().getFileName() + "\""));
            assertThat(history)
                    .anySatisfy(line -> assertThat(line)
                            .contains(
                                    "\"run_id\":\"" + second.runId() + "\"",
                                    "\"folder\":\"" + second.runDir().getFileName() + "\""));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aValidationIsNeitherTheRunALaterOneComparesWithNorTheLatest() throws IOException {
        Path folder = out.resolve("validated-first");
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, folder, null);
        RunResult validation = SalesLens.validate(options, ProgressListener.SILENT);
        assertThat(validation.runDir().resolve("metrics.json")).doesNotExist();
        assertThat(folder.resolve("latest")).doesNotExist();
        assertThat(Files.readAllLines(folder.resolve("history.jsonl")).get(0))
                .contains("\"kind\":\"validation\"")
                .doesNotContain("totals");

        RunResult run = SalesLens.run(options, ProgressListener.SILENT);
        assertThat(Files.readString(run.runDir().resolve("compare.json")))
                .contains("no earlier run of dataset crm-erp succeeded (1 run failed, was aborted or only validated)");
        assertThat(folder.resolve("latest").toRealPath()).isEqualTo(run.runDir().toRealPath());
        assertThat(Files.readAllLines(folder.resolve("history.jsonl")).get(1)).contains("\"kind\":\"run\"", "totals");
    }

    private static Map<String, JsonNode> segmentsByCode(JsonNode metrics) {
        Map<String, JsonNode> byCode = new HashMap<>();
        metrics.path("segments")
                .path("rows")
                .forEach(row -> byCode.put(row.path("code").asText(), row));
        return byCode;
    }
}
