package io.saleslens.report;

import static io.saleslens.report.HtmlPage.escape;

import java.util.List;
import java.util.Set;

/** reports/index.html: links to every department report, the dashboards and the run's documents, all by relative path. */
final class ReportIndex {
    private ReportIndex() {}

    static String render(String runId, List<DepartmentProfile> profiles, Set<String> dashboards, boolean pdf) {
        StringBuilder body = new StringBuilder("<h1>SalesLens run ")
                .append(escape(runId))
                .append("</h1>\n<h2>Department reports</h2>\n<ul>\n");
        for (DepartmentProfile profile : profiles) {
            String name = escape(profile.name());
            body.append("<li><a href=\"")
                    .append(name)
                    .append(".html\">")
                    .append(escape(profile.title()))
                    .append("</a> (<a href=\"")
                    .append(name)
                    .append(".md\">Markdown</a>")
                    .append(pdf ? ", <a href=\"" + name + ".pdf\">PDF</a>" : "")
                    .append(")</li>\n");
        }
        body.append("</ul>\n<h2>Dashboards</h2>\n<ul>\n");
        dashboards.stream()
                .sorted()
                .forEach(dashboard -> body.append("<li><a href=\"../dashboards/")
                        .append(escape(dashboard))
                        .append(".png\">")
                        .append(escape(dashboard.replace('_', ' ')))
                        .append("</a></li>\n"));
        body.append("</ul>\n<h2>Run documents</h2>\n<ul>\n");
        for (String[] document : new String[][] {
            {"metrics.json", "every figure of the run"},
            {"quality.json", "data-quality results"},
            {"insights.json", "ranked insights with the metric keys they cite"},
            {"manifest.json", "inputs, stages, row accounting"}
        }) {
            body.append("<li><a href=\"../")
                    .append(document[0])
                    .append("\">")
                    .append(document[0])
                    .append("</a>: ")
                    .append(document[1])
                    .append("</li>\n");
        }
        body.append("</ul>\n");
        return HtmlPage.page("SalesLens run " + runId, body.toString());
    }
}
