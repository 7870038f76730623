package io.saleslens.report;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.Insight;
import io.saleslens.insight.InsightRanking;
import io.saleslens.insight.InsightsDocument;
import io.saleslens.run.ReportOptions;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.run.RunContext;
import io.saleslens.run.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a report per department (Markdown, HTML, and PDF when asked) and reports/index.html, from
 * metrics.json, quality.json, insights.json and the dashboards already drawn. Runs after the dashboards
 * so their images can be embedded.
 */
public final class RenderStage implements Stage {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public long run(RunContext context) {
        return MoneySymbol.in(context.spec().currency(), () -> render(context));
    }

    private long render(RunContext context) {
        ReportOptions options = context.reportOptions();
        List<DepartmentProfile> profiles = new DepartmentProfiles(InsightRanking.standard().types())
                .load(options.profilesDir(), options.departments());
        Path runDir = context.runDir();
        Path insightsFile = runDir.resolve(InsightsDocument.FILE_NAME);
        List<Insight> insights = Files.isRegularFile(insightsFile) ? InsightsDocument.read(insightsFile) : List.of();
        Set<String> dashboards = dashboards(runDir.resolve("dashboards"));
        ReportInput input = new ReportInput(context.runId().toString(), context.spec().name(), context.metrics(), context.quality(),
                insights, context.stageTimings(), dashboards);
        Path reports = runDir.resolve("reports");
        try {
            Files.createDirectories(reports);
            for (DepartmentProfile profile : profiles) {
                String markdown = new DepartmentReport(profile).render(input);
                Files.writeString(reports.resolve(profile.name() + ".md"), markdown);
                String html = HtmlPage.render(profile.title(), markdown, reports);
                Files.writeString(reports.resolve(profile.name() + ".html"), html);
                if (options.pdf()) {
                    PdfReport.write(html, reports.resolve(profile.name() + ".pdf"));
                }
            }
            Files.writeString(reports.resolve("index.html"), ReportIndex.render(input.runId(), profiles, dashboards, options.pdf()));
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
        return profiles.size();
    }

    private static Set<String> dashboards(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
    }
}
