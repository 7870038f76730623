package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Document;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.history.HistoryEntry;
import io.saleslens.history.RunHistory;
import io.saleslens.report.Figures;
import io.saleslens.stage.PublishedRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * History: a chart of any run-grain catalogue figure across the runs of a dataset (from the history database), the
 * quality score over the same runs, and the alert log (every alert that fired, held or cleared, from the run folders).
 */
final class HistoryPage {
    static final String DEFAULT_METRIC = "totals.revenue";

    private final RunFolders runs;
    private final RunHistory history;

    HistoryPage(RunFolders runs, RunHistory history) {
        this.runs = runs;
        this.history = history;
    }

    /** The page for a figure (checked to be a run-grain key of the catalogue) and a dataset; empty: the first. */
    String html(String metricKey, Optional<String> datasetAsked) {
        Metric metric = history.runGrainMetrics(List.of(metricKey)).get(0);
        Set<String> datasets = new LinkedHashSet<>();
        runs.all().forEach(run -> datasets.add(run.dataset()));
        String dataset = datasetAsked
                .filter(d -> !d.isBlank())
                .orElse(datasets.stream().findFirst().orElse(""));
        StringBuilder body = new StringBuilder("<h1>History</h1><form method=\"get\" action=\"/history\">");
        body.append("<label>Figure <select name=\"metric\">");
        for (Metric option : MetricCatalogue.standard().metrics()) {
            if (option.grain() == Grain.RUN && option.document() != Document.USAGE) {
                body.append("<option")
                        .append(option.key().equals(metric.key()) ? " selected" : "")
                        .append(">")
                        .append(Html.text(option.key()))
                        .append("</option>");
            }
        }
        body.append("</select></label> <label>Dataset <select name=\"dataset\">");
        for (String name : datasets) {
            body.append("<option")
                    .append(name.equals(dataset) ? " selected" : "")
                    .append(">")
                    .append(Html.text(name))
                    .append("</option>");
        }
        body.append("</select></label> <button type=\"submit\">Show</button></form>");
        List<HistoryEntry> entries =
                history.runs(Optional.of(dataset), List.of(metric.key(), RunHistory.QUALITY_SCORE), Optional.empty());
        body.append("<h2>")
                .append(Html.text(metric.key()))
                .append("</h2><p class=\"muted\">")
                .append(Html.text(metric.description()))
                .append("</p>")
                .append(inCurrencyOf(
                        dataset,
                        () -> LineChart.svg(
                                metric.key() + " of dataset " + dataset,
                                points(entries, metric.key()),
                                value -> Figures.inUnit(metric.unit(), value))));
        body.append("<h2>Quality score</h2>")
                .append(LineChart.svg(
                        "quality score of dataset " + dataset,
                        points(entries, RunHistory.QUALITY_SCORE),
                        Figures::percent));
        body.append(alertLog(dataset));
        return Html.page("History", body.toString());
    }

    /** Money of a dataset in the currency of its latest run, as the dataset's reports write it. */
    private <T> T inCurrencyOf(String dataset, Supplier<T> work) {
        RunSummary latest = runs.latestByDataset().get(dataset);
        return latest == null ? work.get() : latest.inCurrency(work);
    }

    /** The successful runs' values of a figure, oldest first. */
    static List<LineChart.Point> points(List<HistoryEntry> entries, String key) {
        List<LineChart.Point> points = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            Optional<Double> value =
                    entry.status().equals("succeeded") ? entry.figure(key).map(MetricValue::number) : Optional.empty();
            value.ifPresent(number -> points.add(new LineChart.Point(entry.runId(), number)));
        }
        return points;
    }

    private String alertLog(String dataset) {
        StringBuilder html = new StringBuilder("<h2>Alert log</h2><table class=\"alert-log\"><tr><th>Run</th>")
                .append("<th>Alert</th><th>Severity</th><th>Owner</th><th>State</th><th>Message</th></tr>");
        int rows = 0;
        List<RunSummary> all = runs.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            RunSummary run = all.get(i);
            if (!run.succeeded() || !run.dataset().equals(dataset)) {
                continue;
            }
            Optional<PublishedRun> documents = runs.documents(run);
            if (documents.isEmpty()) {
                continue;
            }
            for (JsonNode alert : documents.get().alerts().path("alerts")) {
                String state = alert.path("state").asText();
                if (state.equals("ok") || state.equals("not_evaluated")) {
                    continue;
                }
                rows++;
                html.append("<tr><td>")
                        .append(Html.link("/runs/" + run.folder() + "/", run.runId()))
                        .append("</td><td>")
                        .append(Html.text(alert.path("name").asText()))
                        .append("</td><td>")
                        .append(Html.text(alert.path("severity").asText()))
                        .append("</td><td>")
                        .append(Html.text(alert.path("owner").asText()))
                        .append("</td><td>")
                        .append(Html.text(state))
                        .append("</td><td>")
                        .append(Html.text(alert.path("message").asText()))
                        .append("</td></tr>");
            }
        }
        html.append("</table>");
        return rows == 0 ? "<h2>Alert log</h2><p>No alert has fired.</p>" : html.toString();
    }
}
