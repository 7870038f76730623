package io.saleslens.report;

import static io.saleslens.report.HtmlPage.escape;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.alert.AlertOutcome;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.FigureRef;
import io.saleslens.insight.Insight;
import io.saleslens.insight.SourceDocument;
import io.saleslens.spec.AlertSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * reports/index.html, the page a run's summary points at: headline tiles (revenue, orders, average order value,
 * customers with orders, quality score, the period the orders cover), what needs attention, the three insights that
 * rank highest across departments, then links to every department report, the dashboards and the run's documents, all
 * by relative path. Every figure is a value of metrics.json or quality.json, formatted as the reports write it.
 */
final class ReportIndex {
    private static final int TOP_INSIGHTS = 3;

    private ReportIndex() {}

    static String render(ReportInput input, List<DepartmentProfile> profiles, Set<String> dashboards, boolean pdf) {
        FigureText text = new FigureText(input.metrics(), input.quality(), input.usage());
        StringBuilder body = new StringBuilder("<h1>SalesLens run ")
                .append(escape(input.runId()))
                .append("</h1>\n<p>Dataset <em>")
                .append(escape(input.specName()))
                .append("</em>.</p>\n<div class=\"tiles\">\n");
        tiles(text).forEach(body::append);
        body.append("</div>\n");
        attention(body, input.alerts());
        List<Insight> top = input.insights().stream().limit(TOP_INSIGHTS).toList();
        if (!top.isEmpty()) {
            body.append("<h2>Top insights</h2>\n<ol>\n");
            for (Insight insight : top) {
                body.append("<li>")
                        .append(HtmlPage.inline(text.fill(insight.text(), insight.figures())))
                        .append("</li>\n");
            }
            body.append("</ol>\n");
        }
        body.append("<h2>Department reports</h2>\n<ul>\n");
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
        List<String[]> documents = new ArrayList<>(List.of(
                new String[] {"metrics.json", "every figure of the run"},
                new String[] {"quality.json", "data-quality results"},
                new String[] {"insights.json", "ranked insights with the metric keys they cite"}));
        input.comparison()
                .ifPresent(c -> documents.add(new String[] {"compare.json", "this run against the previous one"}));
        if (!input.targets().isEmpty()) {
            documents.add(new String[] {"targets.json", "the spec's targets against the run"});
        }
        if (!input.alerts().isEmpty()) {
            documents.add(new String[] {"alerts.json", "every alert evaluated and the digests sent"});
        }
        if (!input.usage().isMissingNode()) {
            documents.add(new String[] {"usage.json", "the site's page views in the month up to the run"});
        }
        documents.add(new String[] {"manifest.json", "inputs, stages, row accounting"});
        for (String[] document : documents) {
            body.append("<li><a href=\"../")
                    .append(document[0])
                    .append("\">")
                    .append(document[0])
                    .append("</a>: ")
                    .append(document[1])
                    .append("</li>\n");
        }
        body.append("</ul>\n");
        return HtmlPage.page("SalesLens run " + input.runId(), body.toString());
    }

    /** The headline tiles the run has figures for; a figure the run did not write gets no tile. */
    private static List<String> tiles(FigureText text) {
        List<String> tiles = new ArrayList<>();
        tile(tiles, text, SourceDocument.METRICS, "/totals/revenue", FigureFormat.MONEY, "revenue");
        tile(tiles, text, SourceDocument.METRICS, "/totals/orders", FigureFormat.COUNT, "orders");
        tile(tiles, text, SourceDocument.METRICS, "/totals/avg_order_value", FigureFormat.MONEY, "average order value");
        tile(
                tiles,
                text,
                SourceDocument.METRICS,
                "/totals/customers_with_orders",
                FigureFormat.COUNT,
                "customers with orders");
        tile(tiles, text, SourceDocument.QUALITY, "/score/overall", FigureFormat.PERCENT, "data quality score");
        FigureRef first = new FigureRef(SourceDocument.METRICS, "/totals/first_order_date", FigureFormat.TEXT);
        FigureRef last = new FigureRef(SourceDocument.METRICS, "/totals/last_order_date", FigureFormat.TEXT);
        if (present(text, first) && present(text, last)) {
            tiles.add("<div class=\"tile\"><b>" + escape(text.format(first)) + " to " + escape(text.format(last))
                    + "</b><span>orders covered</span></div>\n");
        }
        return tiles;
    }

    private static void tile(
            List<String> tiles,
            FigureText text,
            SourceDocument document,
            String pointer,
            FigureFormat format,
            String label) {
        FigureRef ref = new FigureRef(document, pointer, format);
        if (present(text, ref)) {
            tiles.add("<div class=\"tile\"><b>" + escape(text.format(ref)) + "</b><span>" + label + "</span></div>\n");
        }
    }

    private static boolean present(FigureText text, FigureRef ref) {
        JsonNode value = text.resolve(ref);
        return !value.isMissingNode() && !value.isNull();
    }

    /** The alerts that hold, critical first, each with its owner; nothing when none holds. */
    private static void attention(StringBuilder body, List<AlertOutcome> alerts) {
        List<AlertOutcome> holding = alerts.stream()
                .filter(a -> a.state().holding())
                .sorted((a, b) -> b.severity().compareTo(a.severity()))
                .toList();
        if (holding.isEmpty()) {
            return;
        }
        body.append("<h2>Needs attention</h2>\n<ul>\n");
        for (AlertOutcome alert : holding) {
            body.append("<li><strong>")
                    .append(escape(alert.name()))
                    .append("</strong> (")
                    .append(
                            alert.severity() == AlertSeverity.CRITICAL
                                    ? "<strong>critical</strong>"
                                    : alert.severity().word())
                    .append(", ")
                    .append(escape(alert.owner()))
                    .append("): ")
                    .append(escape(alert.message()))
                    .append("</li>\n");
        }
        body.append("</ul>\n");
    }
}
