package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Unit;
import io.saleslens.report.Figures;
import java.util.Locale;

/**
 * One run's page: what it is, its reports and dashboards (the run's own files, served unchanged), its quality, what
 * changed since the run before it (compare.json) and links to its JSON documents.
 */
final class RunPage {
    private final RunFolders runs;

    RunPage(RunFolders runs) {
        this.runs = runs;
    }

    String html(RunSummary run) {
        RunDocuments documents = new RunDocuments(runs.folder(run));
        String base = "/runs/" + run.folder() + "/";
        StringBuilder body = new StringBuilder();
        body.append("<h1>Run ").append(Html.text(run.runId())).append("</h1><table>");
        row(
                body,
                "Status",
                "<span class=\"" + (run.succeeded() ? "good" : "failed") + "\">" + Html.text(run.status()) + "</span>");
        row(body, "Dataset", Html.text(run.dataset()));
        row(body, "Started", Html.text(run.startedAt()));
        row(body, "Finished", Html.text(run.finishedAt()));
        row(body, "Folder", Html.text("runs/" + run.folder()));
        run.error().ifPresent(error -> row(body, "Error", "<span class=\"failed\">" + Html.text(error) + "</span>"));
        body.append("</table>");
        body.append(reportLinks(base, documents));
        body.append(quality(documents.document("quality.json")));
        body.append(run.inCurrency(() -> compare(documents.document("compare.json"))));
        body.append("<h2>Documents</h2><ul class=\"documents\">");
        for (String name : documents.jsonDocuments()) {
            body.append("<li>").append(Html.link(base + name, name)).append("</li>");
        }
        body.append("</ul>");
        return Html.page("Run " + run.runId(), body.toString());
    }

    /** Links to the run's department reports and dashboards, as the run wrote them. */
    static String reportLinks(String base, RunDocuments documents) {
        StringBuilder html = new StringBuilder();
        var reports = documents.files("reports", ".html");
        if (!reports.isEmpty()) {
            html.append("<h3>Reports</h3><ul class=\"reports\">");
            for (String report : reports) {
                String name = report.substring(0, report.length() - ".html".length());
                html.append("<li>")
                        .append(Html.link(base + "reports/" + report, name.equals("index") ? "all reports" : name))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        var dashboards = documents.files("dashboards", ".png");
        if (!dashboards.isEmpty()) {
            html.append("<h3>Dashboards</h3><ul class=\"dashboards\">");
            for (String dashboard : dashboards) {
                html.append("<li>")
                        .append(Html.link(
                                base + "dashboards/" + dashboard,
                                dashboard.substring(0, dashboard.length() - 4).replace('_', ' ')))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String quality(JsonNode quality) {
        JsonNode score = quality.path("score");
        if (!score.path("overall").isNumber()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Quality</h2><p>Score <b>")
                .append(Html.text(Figures.percent(score.path("overall").asDouble())))
                .append("</b>: ")
                .append(Html.text(Figures.count(score.path("checks_failed").asLong())))
                .append(" of ")
                .append(Html.text(Figures.count(score.path("checks").asLong())))
                .append(" checks failed.</p><table><tr><th>Dimension</th><th>Score</th></tr>");
        score.path("by_dimension")
                .fields()
                .forEachRemaining(dimension -> html.append("<tr><td>")
                        .append(Html.text(dimension.getKey()))
                        .append("</td><td class=\"n\">")
                        .append(Html.text(Figures.percent(dimension.getValue().asDouble())))
                        .append("</td></tr>"));
        return html.append("</table>").toString();
    }

    private static String compare(JsonNode compare) {
        if (compare.isMissingNode()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Since the previous run</h2>");
        if (!compare.path("comparable").asBoolean(false)) {
            return html.append("<p>Nothing to compare with: ")
                    .append(Html.text(compare.path("reason").asText("no earlier run")))
                    .append(".</p>")
                    .toString();
        }
        html.append("<p>Compared with run ")
                .append(Html.link(
                        "/runs/" + compare.path("previous_folder").asText() + "/",
                        compare.path("previous_run_id").asText()))
                .append("; inputs ")
                .append(compare.path("inputs").path("identical").asBoolean() ? "identical" : "changed")
                .append(".</p><table class=\"compare\"><tr><th>Figure</th><th>Before</th><th>After</th>")
                .append("<th>Change</th></tr>");
        for (JsonNode metric : compare.path("metrics")) {
            if (!metric.path("member").isNull()
                    || !metric.path("grain").asText().equals("run")) {
                continue;
            }
            Unit unit = unit(metric.path("unit").asText());
            html.append("<tr><td>")
                    .append(Html.text(metric.path("key").asText()))
                    .append("</td><td class=\"n\">")
                    .append(figure(unit, metric.path("before")))
                    .append("</td><td class=\"n\">")
                    .append(figure(unit, metric.path("after")))
                    .append("</td><td class=\"n\">")
                    .append(
                            metric.path("change").isNumber()
                                    ? Html.text(Figures.signedChange(
                                            unit, metric.path("change").asDouble()))
                                    : "")
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String figure(Unit unit, JsonNode value) {
        if (value.isNumber()) {
            return Html.text(Figures.inUnit(unit, value.asDouble()));
        }
        return Html.text(value.isNull() || value.isMissingNode() ? "" : value.asText());
    }

    private static Unit unit(String word) {
        try {
            return Unit.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Unit.NUMBER;
        }
    }

    private static void row(StringBuilder body, String label, String html) {
        body.append("<tr><th>")
                .append(Html.text(label))
                .append("</th><td>")
                .append(html)
                .append("</td></tr>");
    }
}
