package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.catalog.MetricValue;
import io.saleslens.history.HistoryEntry;
import io.saleslens.history.RunHistory;
import io.saleslens.stage.PublishedRun;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The JSON API: the documents behind the pages, for scripts and BI tools. Every answer is one JSON object. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunFolders runs;
    private final RunHistory history;

    Api(RunFolders runs, RunHistory history) {
        this.runs = runs;
        this.history = history;
    }

    /** {@code /api/runs}: every run, newest first. */
    ObjectNode runs() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("runs");
        List<RunSummary> all = runs.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            list.add(summary(all.get(i)));
        }
        return root;
    }

    /** {@code /api/runs/{id}}: one run, with the addresses of its pages and documents and its manifest. */
    ObjectNode run(RunSummary run) {
        ObjectNode root = summary(run);
        RunDocuments documents = new RunDocuments(runs.folder(run));
        String base = "/runs/" + run.folder() + "/";
        ObjectNode links = root.putObject("documents");
        for (String name : documents.jsonDocuments()) {
            links.put(name, base + name);
        }
        ArrayNode reports = root.putArray("reports");
        documents.files("reports", ".html").forEach(name -> reports.add(base + "reports/" + name));
        ArrayNode dashboards = root.putArray("dashboards");
        documents.files("dashboards", ".png").forEach(name -> dashboards.add(base + "dashboards/" + name));
        root.set("manifest", documents.document("manifest.json"));
        return root;
    }

    /** {@code /api/runs/{id}/metrics}: every value of every catalogue metric the run wrote. */
    ObjectNode metrics(RunSummary run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_id", run.runId());
        root.put("folder", run.folder());
        ArrayNode list = root.putArray("metrics");
        Optional<PublishedRun> documents = runs.documents(run);
        if (documents.isPresent()) {
            for (MetricValue value : MetricCatalogue.standard()
                    .values(documents.get().metrics(), documents.get().quality())) {
                ObjectNode item = list.addObject();
                item.put("key", value.key());
                item.put("member", value.dimension().orElse(null));
                if (value.number() != null) {
                    item.put("value", value.number());
                } else {
                    item.put("value", value.text());
                }
            }
        }
        return root;
    }

    /** {@code /api/history?dataset=&metric=}: a run-grain figure across the runs of a dataset, oldest first. */
    ObjectNode history(String metricKey, Optional<String> dataset) {
        Metric metric = history.runGrainMetrics(List.of(metricKey)).get(0);
        ObjectNode root = JSON.createObjectNode();
        root.put("metric", metric.key());
        root.put("unit", metric.unit().name().toLowerCase(java.util.Locale.ROOT));
        root.put("dataset", dataset.orElse(null));
        ArrayNode list = root.putArray("runs");
        for (HistoryEntry entry : history.runs(dataset, List.of(metric.key()), Optional.empty())) {
            ObjectNode item = list.addObject();
            item.put("run_id", entry.runId());
            item.put("folder", entry.run());
            item.put("dataset", entry.dataset().orElse(null));
            item.put("status", entry.status());
            item.put(
                    "started_at", entry.startedAt().map(LocalDateTime::toString).orElse(null));
            Optional<MetricValue> value = entry.figure(metric.key());
            if (value.isPresent() && value.get().number() != null) {
                item.put("value", value.get().number());
            } else {
                item.put("value", value.map(MetricValue::text).orElse(null));
            }
        }
        return root;
    }

    /** {@code /api/alerts}: the open alerts of the latest run of each dataset. */
    ObjectNode alerts() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("alerts");
        for (RunSummary run : runs.latestByDataset().values()) {
            Optional<PublishedRun> documents = runs.documents(run);
            if (documents.isEmpty()) {
                continue;
            }
            for (JsonNode alert : documents.get().alerts().path("alerts")) {
                if (Alerts.holds(alert)) {
                    ObjectNode item = list.addObject();
                    item.put("dataset", run.dataset());
                    item.put("run_id", run.runId());
                    item.put("folder", run.folder());
                    for (String field : List.of("name", "severity", "owner", "state", "message")) {
                        item.set(field, alert.path(field));
                    }
                    item.set("figure", alert.path("figure"));
                }
            }
        }
        return root;
    }

    /** An error answer: {"error": "..."}. */
    static ObjectNode error(String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("error", message);
        return root;
    }

    private static ObjectNode summary(RunSummary run) {
        ObjectNode item = JSON.createObjectNode();
        item.put("run_id", run.runId());
        item.put("folder", run.folder());
        item.put("status", run.status());
        item.put("dataset", run.dataset());
        item.put("started_at", run.startedAt());
        item.put("finished_at", run.finishedAt());
        item.put("error", run.error().orElse(null));
        item.put("currency", run.currency().orElse(null));
        item.put("revenue", run.revenue().orElse(null));
        item.put("orders", run.orders().orElse(null));
        item.put("avg_order_value", run.averageOrderValue().orElse(null));
        item.put("customers_with_orders", run.activeCustomers().orElse(null));
        item.put("quality_score", run.qualityScore().orElse(null));
        item.put("open_alerts", run.alertsHolding());
        item.put("page", "/runs/" + run.folder() + "/");
        item.put("api", "/api/runs/" + run.folder());
        return item;
    }
}
