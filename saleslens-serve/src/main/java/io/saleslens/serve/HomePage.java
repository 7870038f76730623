package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.stage.PublishedRun;
import java.util.Map;
import java.util.Optional;

/** The home page: the latest run of each dataset with its headline tiles, open alerts, top insights and links. */
final class HomePage {
    private static final int TOP_INSIGHTS = 3;

    private final RunFolders runs;

    HomePage(RunFolders runs) {
        this.runs = runs;
    }

    String html() {
        StringBuilder body = new StringBuilder("<h1>SalesLens</h1>");
        Map<String, RunSummary> latest = runs.latestByDataset();
        if (latest.isEmpty()) {
            body.append("<p>No successful run in ")
                    .append(Html.text(runs.outDir().toString()))
                    .append(" yet. Start one with <code>saleslens run DATA_DIR --out ")
                    .append(Html.text(runs.outDir().toString()))
                    .append("</code>; see ")
                    .append(Html.link("/runs", "every run"))
                    .append(" for failed ones.</p>");
        }
        for (RunSummary run : latest.values()) {
            body.append(run.inCurrency(() -> dataset(run)));
        }
        return Html.page("Home", body.toString());
    }

    private String dataset(RunSummary run) {
        RunDocuments documents = new RunDocuments(runs.folder(run));
        PublishedRun published = runs.documents(run).orElseThrow();
        JsonNode compare = documents.document("compare.json");
        JsonNode targets = documents.document("targets.json");
        String base = "/runs/" + run.folder() + "/";
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"dataset\"><h2>Dataset ")
                .append(Html.text(run.dataset()))
                .append("</h2><p class=\"muted\">Latest run ")
                .append(Html.link(base, run.runId()))
                .append(", finished ")
                .append(Html.text(run.finishedAt()))
                .append("</p><div class=\"tiles\">");
        for (Tile tile : Tile.HEADLINE) {
            html.append(tile.html(run, compare, targets));
        }
        html.append("</div><h3>Open alerts</h3>");
        StringBuilder alerts = new StringBuilder();
        for (JsonNode alert : published.alerts().path("alerts")) {
            if (Alerts.holds(alert)) {
                alerts.append("<li><b>")
                        .append(Html.text(alert.path("severity").asText()))
                        .append("</b> ")
                        .append(Html.text(alert.path("name").asText()))
                        .append(" (")
                        .append(Html.text(alert.path("owner").asText()))
                        .append(", ")
                        .append(Html.text(alert.path("state").asText()))
                        .append("): ")
                        .append(Html.text(alert.path("message").asText()))
                        .append("</li>");
            }
        }
        html.append(alerts.length() == 0 ? "<p>None.</p>" : "<ul class=\"alerts\">" + alerts + "</ul>");
        html.append("<h3>Top insights</h3><ol class=\"insights\">");
        InsightSentences sentences = new InsightSentences(published.metrics(), published.quality());
        int shown = 0;
        for (JsonNode insight : documents.document("insights.json").path("insights")) {
            if (shown == TOP_INSIGHTS) {
                break;
            }
            // An older run's insight that cites a figure its documents lack is passed over for the next one.
            Optional<String> sentence = sentences.html(insight);
            if (sentence.isPresent()) {
                html.append("<li>").append(sentence.get()).append("</li>");
                shown++;
            }
        }
        html.append("</ol>").append(RunPage.reportLinks(base, documents)).append("</section>");
        return html.toString();
    }
}
