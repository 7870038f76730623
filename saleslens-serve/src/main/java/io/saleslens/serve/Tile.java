package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Unit;
import io.saleslens.report.Figures;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A headline tile of the home page: a run-grain figure of the catalogue, its value in the latest run, its change since
 * the run before (compare.json) and the status of a target on it (targets.json).
 *
 * @param key the catalogue key, as compare.json names it
 * @param targetName the figure's last name, as a target's catalogue key ends (monthly[month].revenue)
 */
record Tile(String label, String key, Unit unit, String targetName, Function<RunSummary, Optional<Double>> value) {

    static final List<Tile> HEADLINE = List.of(
            new Tile("Revenue", "totals.revenue", Unit.CURRENCY, "revenue", RunSummary::revenue),
            new Tile("Orders", "totals.orders", Unit.COUNT, "orders", RunSummary::orders),
            new Tile(
                    "Average order value",
                    "totals.avg_order_value",
                    Unit.CURRENCY,
                    "avg_order_value",
                    RunSummary::averageOrderValue),
            new Tile(
                    "Active customers",
                    "totals.customers_with_orders",
                    Unit.COUNT,
                    "customers_with_orders",
                    RunSummary::activeCustomers),
            new Tile("Quality score", "score.overall", Unit.RATIO, "overall", RunSummary::qualityScore));

    /** The tile as HTML; every figure is a value of the run's documents, formatted. */
    String html(RunSummary run, JsonNode compare, JsonNode targets) {
        String figure = value.apply(run).map(v -> Figures.inUnit(unit, v)).orElse("not measured");
        return "<div class=\"tile\" data-key=\"" + Html.text(key) + "\"><div class=\"l\">" + Html.text(label)
                + "</div><div class=\"v\">" + Html.text(figure) + "</div><div class=\"l\">" + change(compare)
                + "</div><div class=\"l\">" + target(targets) + "</div></div>";
    }

    private String change(JsonNode compare) {
        if (!compare.path("comparable").asBoolean(false)) {
            return "no earlier run to compare with";
        }
        for (JsonNode metric : compare.path("metrics")) {
            if (metric.path("key").asText().equals(key) && metric.path("member").isNull()) {
                JsonNode change = metric.path("change");
                if (!change.isNumber()) {
                    return "change not measured";
                }
                String css = metric.path("favourable").isBoolean()
                        ? (metric.path("favourable").asBoolean() ? "good" : "bad")
                        : "muted";
                return "<span class=\"" + css + "\">" + Html.text(Figures.signedChange(unit, change.asDouble()))
                        + "</span> since the last run";
            }
        }
        return "not compared";
    }

    private String target(JsonNode targets) {
        for (JsonNode target : targets.path("targets")) {
            String metric = target.path("metric").asText();
            if ((metric.equals(key) || metric.endsWith("." + targetName))
                    && target.path("segment").isNull()) {
                return "target "
                        + Html.text(
                                target.path("of").asText(target.path("period").asText())) + ": "
                        + Html.text(target.path("status").asText());
            }
        }
        return "no target";
    }
}
