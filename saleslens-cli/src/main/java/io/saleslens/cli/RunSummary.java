package io.saleslens.cli;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.money;
import static io.saleslens.report.Figures.percent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.alert.AlertOutcome;
import io.saleslens.alert.Alerts;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.run.RunResult;
import io.saleslens.spec.AlertSeverity;
import io.saleslens.stage.RowAccounting;
import java.io.PrintWriter;
import java.util.List;

/** The short summary printed on stdout at the end of a run. */
final class RunSummary {
    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final RunResult result;
    private final Alerts alerts;

    RunSummary(RunResult result, Alerts alerts) {
        this.result = result;
        this.alerts = alerts;
    }

    /** The summary as one JSON document, for scripts: what the text summary says, with exact figures. */
    void printJson(PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        JsonNode totals = result.metrics().path("totals");
        root.put("run_id", result.runId().toString());
        root.put("status", "succeeded");
        root.put("spec", result.metrics().path("dataset").path("name").asText(null));
        root.put(
                "spec_origin",
                result.metrics().path("dataset").path("spec_origin").asText(null));
        ObjectNode paths = root.putObject("paths");
        paths.put("run_folder", result.runDir().toString());
        paths.put(
                "index",
                result.runDir().resolve("reports").resolve("index.html").toUri().toString());
        paths.put("reports", result.runDir().resolve("reports").toString());
        paths.put("dashboards", result.runDir().resolve("dashboards").toString());
        ObjectNode figures = root.putObject("figures");
        figures.set("revenue", totals.path("revenue"));
        figures.set("orders", totals.path("orders"));
        figures.set("customers", totals.path("customers"));
        figures.set("customers_with_orders", totals.path("customers_with_orders"));
        figures.set("first_order_date", totals.path("first_order_date"));
        figures.set("last_order_date", totals.path("last_order_date"));
        figures.set("quality_score", result.quality().path("score").path("overall"));
        ArrayNode sources = root.putArray("sources");
        for (RowAccounting row : result.rowAccounting()) {
            sources.add(JSON.valueToTree(row));
        }
        root.set("refresh", JSON.valueToTree(result.refresh()));
        ObjectNode alerts = root.putObject("alerts");
        ArrayNode holding = alerts.putArray("holding");
        this.alerts
                .holding(AlertSeverity.INFO)
                .forEach(a -> holding.addObject()
                        .put("name", a.name())
                        .put("severity", a.severity().word())
                        .put("state", a.state().word()));
        ArrayNode toSend = alerts.putArray("to_send");
        this.alerts.toSend().forEach(a -> toSend.add(a.name()));
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary that cannot be written as JSON", e);
        }
        out.flush();
    }

    void print(PrintWriter out) {
        MoneySymbol.in(result.metrics().path("dataset").path("currency").asText(null), () -> {
            printFigures(out);
            return null;
        });
    }

    private void printFigures(PrintWriter out) {
        JsonNode totals = result.metrics().path("totals");
        out.println("Run ID     " + result.runId());
        out.println("Spec       "
                + result.metrics().path("dataset").path("spec_origin").asText("spec given to the run"));
        int sources = result.rowAccounting().size();
        out.println("Sources    " + sources + (sources == 1 ? " source" : " sources"));
        for (RowAccounting row : result.rowAccounting()) {
            out.println(
                    "  " + row.source() + ": " + count(row.rowsIn()) + " rows in, " + count(row.rowsOut()) + " clean, "
                            + count(row.quarantined()) + " quarantined, " + count(row.duplicatesMerged())
                            + " duplicates merged, "
                            + (row.filtered() > 0 ? count(row.filtered()) + " filtered by the spec, " : "")
                            + count(row.repaired()) + " repaired"
                            + (row.blankLines() > 0
                                    ? "; " + count(row.blankLines())
                                            + (row.blankLines() == 1 ? " blank line" : " blank lines") + " skipped"
                                    : ""));
        }
        if (!result.refresh().mode().equals("off")) {
            out.println("Refresh    " + result.refresh().sentence());
        }
        JsonNode score = result.quality().path("score").path("overall");
        if (score.isNumber()) {
            out.println("Quality    " + percent(score.asDouble()) + " of source rows pass every fail-severity check");
        }
        if (totals.hasNonNull("first_order_date")) {
            out.println("Period     " + totals.path("first_order_date").asText() + " to "
                    + totals.path("last_order_date").asText());
        }
        out.println("Revenue    " + money(totals.path("revenue").asDouble()));
        out.println("Orders     " + count(totals.path("orders").asLong()));
        out.println("Customers  " + count(totals.path("customers").asLong()) + " ("
                + count(totals.path("customers_with_orders").asLong()) + " with orders)");
        if (!alerts.alerts().isEmpty()) {
            out.println("Alerts     " + alertLine());
        }
        // A URL, not a path, so a terminal makes it a link a browser opens.
        out.println("Open       "
                + result.runDir().resolve("reports").resolve("index.html").toUri());
        out.println("Reports    " + result.runDir().resolve("reports"));
        out.println("Dashboards " + result.runDir().resolve("dashboards"));
        out.flush();
    }

    /**
     * How many alerts hold, by name, severity and state, and how many are new, worse or cleared, which the run sends
     * when its spec says where: "1 hold: freshness (warn, fired); 1 new, worse or cleared; see alerts.json".
     */
    private String alertLine() {
        List<AlertOutcome> holding = alerts.holding(AlertSeverity.INFO);
        List<AlertOutcome> sent = alerts.toSend();
        String line = holding.isEmpty()
                ? "none holds"
                : holding.size() + " hold: "
                        + String.join(
                                ", ",
                                holding.stream()
                                        .map(a -> a.name() + " (" + a.severity() + ", "
                                                + a.state().word() + ")")
                                        .toList());
        return line + "; " + (sent.isEmpty() ? "none new, worse or cleared" : sent.size() + " new, worse or cleared")
                + "; see alerts.json";
    }
}
