package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render stage on the sample: seven reports in every format, every section, every number sourced. */
class RenderStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SECTIONS = List.of(
            "## Scope & Objectives",
            "## Key Insights for Your Department",
            "**Actionable Insights:**",
            "## Implementation Actions",
            "**Immediate (Weeks 1-2):**",
            "**Short-Term (Weeks 3-4):**",
            "**Medium-Term (Month 2+):**",
            "## Success Metrics",
            "## Risks & Dependencies",
            "**Risks:**",
            "**Dependencies:**",
            "**Mitigation:**");

    @TempDir
    Path spill;

    @Test
    void writesEveryDepartmentInMarkdownHtmlAndPdfWithAllSectionsInOrder() throws Exception {
        Path reports = SampleRun.reports();
        for (String department : DepartmentProfiles.SHIPPED) {
            String markdown = Files.readString(reports.resolve(department + ".md"));
            assertThat(Files.readString(reports.resolve(department + ".html")))
                    .contains("<h2>Scope &amp; Objectives</h2>");
            assertThat(reports.resolve(department + ".pdf")).isNotEmptyFile();
            int previous = -1;
            for (String section : SECTIONS) {
                int at = markdown.indexOf(section);
                assertThat(at).as(department + ": " + section).isGreaterThan(previous);
                previous = at;
            }
        }
        assertThat(Files.readString(reports.resolve("index.html")))
                .contains(
                        "sales.html",
                        "data-engineering.pdf",
                        "../metrics.json",
                        "../quality.json",
                        "../manifest.json",
                        "../compare.json",
                        "../targets.json",
                        "../alerts.json",
                        "../dashboards/executive_kpis_trend.png");
    }

    @Test
    void theLandingPageLeadsWithTheHeadlineFiguresAndTheTopInsights() throws Exception {
        Path runDir = SampleRun.result().runDir();
        JsonNode totals = JSON.readTree(runDir.resolve("metrics.json").toFile()).path("totals");
        JsonNode insights =
                JSON.readTree(runDir.resolve("insights.json").toFile()).path("insights");
        String index = Files.readString(runDir.resolve("reports").resolve("index.html"));
        // $29.36M and 27,659 on the sample, as the summary writes them.
        assertThat(index)
                .contains(
                        "<b>" + Figures.money(totals.path("revenue").asDouble()) + "</b><span>revenue</span>",
                        "<b>" + Figures.count(totals.path("orders").asLong()) + "</b><span>orders</span>",
                        "<b>" + totals.path("first_order_date").asText() + " to "
                                + totals.path("last_order_date").asText() + "</b><span>orders covered</span>",
                        "<h2>Top insights</h2>");
        assertThat(index.indexOf("<h2>Top insights</h2>")).isLessThan(index.indexOf("<h2>Department reports</h2>"));
        assertThat(index).contains("<h2>Needs attention</h2>", "<strong>freshness</strong>");
        assertThat(insights.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyNumberInEveryReportIsAValueOfTheRunDocuments() throws Exception {
        Path runDir = SampleRun.result().runDir();
        JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
        NumberProvenance provenance = new NumberProvenance(
                manifest.path("run_id").asText(),
                List.of(
                        JSON.readTree(runDir.resolve("metrics.json").toFile()),
                        JSON.readTree(runDir.resolve("quality.json").toFile()),
                        JSON.readTree(runDir.resolve("compare.json").toFile()),
                        JSON.readTree(runDir.resolve("targets.json").toFile()),
                        JSON.readTree(runDir.resolve("alerts.json").toFile()),
                        JSON.readTree(runDir.resolve("usage.json").toFile()),
                        manifest.path("stages")));
        List<String> failures = new ArrayList<>();
        String index = Files.readString(runDir.resolve("reports").resolve("index.html"));
        provenance
                .unsourced(NumberProvenance.visibleText(index))
                .forEach(number -> failures.add("index.html: " + number));
        for (String department : DepartmentProfiles.SHIPPED) {
            for (String format : List.of(".md", ".html")) {
                String text = Files.readString(runDir.resolve("reports").resolve(department + format));
                String visible = format.equals(".html") ? NumberProvenance.visibleText(text) : text;
                provenance.unsourced(visible).forEach(number -> failures.add(department + format + ": " + number));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(audienceCountsThatAreNotTheRowsOfTheirFiles(runDir)).isEmpty();
    }

    /**
     * Every count metrics.json gives a customer list is the number of rows of the list's files, and every count a report
     * writes in a link to a list's file is that file's rows: the win-back lists on the sample, stated in two reports.
     */
    private List<String> audienceCountsThatAreNotTheRowsOfTheirFiles(Path runDir) throws Exception {
        JsonNode lists = JSON.readTree(runDir.resolve("metrics.json").toFile()).at("/audiences/lists");
        assertThat(lists.size()).as("customer lists on the sample").isPositive();
        List<String> failures = new ArrayList<>();
        int links = 0;
        try (DuckDbEngine engine = new DuckDbEngine(spill, null)) {
            for (Map.Entry<String, JsonNode> list : lists.properties()) {
                long treated =
                        rows(engine, runDir.resolve(list.getValue().path("file").asText()));
                long holdout = rows(
                        engine,
                        runDir.resolve(list.getValue().path("holdout_file").asText()));
                long treatedParquet = engine.queryLong("SELECT count(*) FROM read_parquet('"
                        + runDir.resolve(list.getValue().path("parquet").asText()) + "')");
                if (treated != list.getValue().path("treated").asLong()
                        || holdout != list.getValue().path("holdout").asLong()
                        || treated + holdout
                                != list.getValue().path("customers").asLong()
                        || treatedParquet != treated) {
                    failures.add(list.getKey() + ": files hold " + treated + " + " + holdout + ", metrics.json says "
                            + list.getValue());
                }
                for (String department : DepartmentProfiles.SHIPPED) {
                    String report = Files.readString(runDir.resolve("reports").resolve(department + ".md"));
                    for (Map.Entry<String, Long> file : Map.of(
                                    list.getValue().path("file").asText(), treated,
                                    list.getValue().path("holdout_file").asText(), holdout)
                            .entrySet()) {
                        Matcher stated = Pattern.compile(
                                        "\\[([\\d,]+) [^\\]]*\\]\\(\\.\\./" + Pattern.quote(file.getKey()) + "\\)")
                                .matcher(report);
                        while (stated.find()) {
                            links++;
                            if (Long.parseLong(stated.group(1).replace(",", "")) != file.getValue()) {
                                failures.add(department + ".md states " + stated.group() + " for " + file.getValue()
                                        + " rows");
                            }
                        }
                    }
                }
            }
        }
        assertThat(links).as("links to customer lists in the sample's reports").isGreaterThanOrEqualTo(4);
        return failures;
    }

    private static long rows(DuckDbEngine engine, Path csv) {
        return engine.queryLong("SELECT count(*) FROM read_csv('" + csv + "', all_varchar = true, header = true)");
    }

    @Test
    void executiveSummaryTextFitsOnTwoPrintedPagesBesideItsDashboardPagesAndGlossary() throws Exception {
        try (PDDocument pdf =
                Loader.loadPDF(SampleRun.reports().resolve("executive.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            long landscape = 0;
            long portraitUpToMitigation = 0;
            long portrait = 0;
            for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                PDPage page = pdf.getPage(number - 1);
                if (page.getMediaBox().getHeight() > page.getMediaBox().getWidth()) {
                    portrait++;
                } else {
                    landscape++;
                }
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                if (stripper.getText(pdf).contains("Mitigation")) {
                    portraitUpToMitigation = portrait;
                }
            }
            assertThat(portraitUpToMitigation)
                    .as("portrait pages up to the mitigation")
                    .isBetween(1L, 2L);
            assertThat(landscape).as("landscape dashboard pages").isEqualTo(2);
        }
    }

    @Test
    void keepsWhatTheSeedGotWrongOut() throws Exception {
        String sales = Files.readString(SampleRun.reports().resolve("sales.md"));

        assertThat(sales)
                .contains(
                        "Married (M)",
                        "Single (S)",
                        "products are in the catalog;",
                        "revenue ÷ units",
                        "the share of all source rows that pass every fail-severity check",
                        "No seasonal peak is claimed",
                        "Seasonality is not established")
                .doesNotContain(
                        "100% quality",
                        "validated", "Seasonality detected", "Seasonality is established", "Segments M and S");
    }

    @Test
    void theDataEngineeringReportListsStageTimingsFromTheManifest() throws Exception {
        String report = Files.readString(SampleRun.reports().resolve("data-engineering.md"));
        JsonNode stages = JSON.readTree(
                        SampleRun.result().runDir().resolve("manifest.json").toFile())
                .path("stages");

        for (JsonNode stage : stages) {
            if (stage.path("name").asText().equals("report")) {
                break;
            }
            assertThat(report)
                    .contains("| " + stage.path("name").asText() + " | "
                            + Figures.count(stage.path("ms").asLong()) + " |");
        }
    }
}
