package io.saleslens.report;

import io.saleslens.run.RunContext;
import io.saleslens.run.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the department reports, in Markdown and HTML, from the metrics and quality documents. */
public final class RenderStage implements Stage {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public long run(RunContext context) {
        ReportInput input = new ReportInput(context.runId().toString(), context.spec().name(), context.metrics(), context.quality());
        Path reports = context.runDir().resolve("reports");
        try {
            Files.createDirectories(reports);
            String markdown = new SalesReport().render(input);
            Files.writeString(reports.resolve("sales.md"), markdown);
            Files.writeString(reports.resolve("sales.html"), HtmlPage.render("Sales team report", markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 1;
    }
}
