package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.alert.Alerts;
import io.saleslens.chart.DrawnDashboards;
import io.saleslens.compare.Comparison;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.Insight;
import io.saleslens.insight.InsightRanking;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.insight.RankedInsights;
import io.saleslens.stage.ReportOptions;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import io.saleslens.targets.TargetResults;
import io.saleslens.usage.SiteUsage;
import io.saleslens.usage.UsageDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a report per department (Markdown, HTML, and PDF when asked) and reports/index.html, from
 * the metrics and quality documents, the ranked insights, the comparison, the evaluated targets and the dashboards
 * already drawn. Runs after the dashboards
 * so their images can be embedded.
 */
public final class RenderStage implements Stage {
    private final List<DepartmentProfile> profiles;

    /** Renders the profiles the run's report options name, loaded when the stage runs. */
    public RenderStage() {
        this.profiles = null;
    }

    /** Renders profiles loaded before the run, so a bad profile fails before any stage runs. */
    public RenderStage(List<DepartmentProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public StageResult run(RunContext context) {
        return MoneySymbol.in(context.spec().currency(), () -> render(context));
    }

    private StageResult render(RunContext context) {
        ReportOptions options = context.reportOptions();
        List<DepartmentProfile> profiles = this.profiles != null
                ? this.profiles
                : new DepartmentProfiles(InsightRanking.standard().types())
                        .load(options.profilesDir(), options.departments());
        Path runDir = context.runDir();
        List<Insight> insights = context.result(RankedInsights.class).insights();
        DrawnDashboards drawn = context.result(DrawnDashboards.class);
        Set<String> dashboards = drawn.names();
        ReportInput input = new ReportInput(
                context.runId().toString(),
                context.spec().name(),
                context.metrics(),
                context.quality(),
                insights,
                context.stageTimings(),
                dashboards,
                context.find(Comparison.class),
                context.find(TargetResults.class).map(TargetResults::targets).orElse(List.of()),
                context.find(Alerts.class).map(Alerts::alerts).orElse(List.of()),
                context.find(SiteUsage.class)
                        .<JsonNode>map(
                                usage -> UsageDocument.toJson(context.runId().toString(), usage))
                        .orElse(MissingNode.getInstance()));
        Path reports = runDir.resolve("reports");
        List<RenderedReports.Rendered> rendered = new ArrayList<>();
        try {
            Files.createDirectories(reports);
            for (DepartmentProfile profile : profiles) {
                DepartmentReport report = new DepartmentReport(profile);
                String markdown = report.render(input);
                Files.writeString(reports.resolve(profile.name() + ".md"), markdown);
                String html = HtmlPage.render(profile.title(), markdown, drawn.images());
                Files.writeString(reports.resolve(profile.name() + ".html"), html);
                if (options.pdf()) {
                    PdfReport.write(
                            HtmlPage.printed(profile.title(), markdown, drawn.printImages()),
                            reports.resolve(profile.name() + ".pdf"));
                }
                rendered.add(new RenderedReports.Rendered(
                        profile.name(),
                        profile.title(),
                        report.keyInsightSentences(input),
                        "reports/" + profile.name() + ".html"));
            }
            Files.writeString(
                    reports.resolve("index.html"), ReportIndex.render(input, profiles, dashboards, options.pdf()));
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
        return new RenderedReports(rendered);
    }
}
