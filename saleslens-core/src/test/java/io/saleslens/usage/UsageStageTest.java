package io.saleslens.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.SalesLens;
import io.saleslens.catalog.Document;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.history.PageViewCounts;
import io.saleslens.report.SampleRun;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's page views reach a run's usage.json and the executive report's dashboard utilisation: counted views (in a
 * real history database) give the figures of the month up to the run, and a folder whose site was never served says so.
 */
class UsageStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");

    @TempDir
    Path out;

    @Test
    void viewsCountedBeforeARunAreItsUsageAndTheExecutiveReportStatesThem() throws Exception {
        LocalDate today = LocalDate.now();
        Map<LocalDate, Map<String, Long>> counted = new LinkedHashMap<>();
        counted.put(today, Map.of("report:sales", 3L, "dashboard:executive_kpis_trend", 2L, "home", 5L));
        counted.put(today.minusDays(10), Map.of("report:finance", 4L, "history", 1L));
        counted.put(today.minusDays(29), Map.of("dashboard:customer_segments", 6L));
        // Outside the month up to the run.
        counted.put(today.minusDays(30), Map.of("report:sales", 100L));
        PageViewCounts counts = new PageViewCounts(HistoryDatabase.embedded(out));
        counted.forEach(counts::add);

        RunResult run =
                SalesLens.run(new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), ProgressListener.SILENT);

        // Expected, by hand from the views above: the last 30 days, both ends counted.
        long reports = 3 + 4;
        long dashboards = 2 + 6;
        long all = reports + dashboards + 5 + 1;
        JsonNode views =
                JSON.readTree(run.runDir().resolve("usage.json").toFile()).path("site_views");
        assertThat(views.path("dashboards_and_reports").asLong()).isEqualTo(reports + dashboards);
        assertThat(views.path("reports").asLong()).isEqualTo(reports);
        assertThat(views.path("dashboards").asLong()).isEqualTo(dashboards);
        assertThat(views.path("all_pages").asLong()).isEqualTo(all);
        assertThat(views.path("from").asText()).isEqualTo(today.minusDays(29).toString());
        assertThat(views.has("reason")).isFalse();
        assertThat(views.path("by_page").findValuesAsText("page"))
                .containsExactly(
                        "dashboard:customer_segments",
                        "dashboard:executive_kpis_trend",
                        "history",
                        "home",
                        "report:finance",
                        "report:sales");
        for (Metric metric : MetricCatalogue.standard().metrics()) {
            if (metric.document() == Document.USAGE) {
                assertThat(metric.values(root(run))).as(metric.key()).isNotEmpty();
            }
        }

        String executive = Files.readString(run.runDir().resolve("reports/executive.md"));
        assertThat(row(executive, "Dashboard utilisation"))
                .contains("| " + (reports + dashboards) + " |")
                .contains("`usage.json#/site_views/dashboards_and_reports`");
        // Page views are not data: the run's metrics.json is the same as a run of the same inputs without views.
        assertThat(run.metrics().toString()).doesNotContain("site_views");
    }

    @Test
    void aFolderWhoseSiteWasNeverServedSaysSoPlainly() throws Exception {
        RunResult sample = SampleRun.result();
        JsonNode views =
                JSON.readTree(sample.runDir().resolve("usage.json").toFile()).path("site_views");
        assertThat(views.path("dashboards_and_reports").isNull()).isTrue();
        assertThat(views.path("reason").asText()).contains("the site has not been served");
        String executive = Files.readString(sample.runDir().resolve("reports/executive.md"));
        assertThat(row(executive, "Dashboard utilisation"))
                .contains("not measured: the site has not been served for this output folder");
    }

    private static JsonNode root(RunResult run) throws Exception {
        return JSON.readTree(run.runDir().resolve("usage.json").toFile());
    }

    private static String row(String markdown, String label) {
        return markdown.lines()
                .filter(line -> line.startsWith("| " + label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in:\n" + markdown));
    }
}
