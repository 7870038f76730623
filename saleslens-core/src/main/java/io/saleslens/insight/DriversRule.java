package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Top drivers and detractors: for each breakdown (category, country, segment attributes, product)
 * of the last two complete months in {@code period_breakdowns}, the member whose revenue rose most
 * and the one that fell most, with the total change. Descriptive: significance 1; impact = the two
 * members' absolute changes as a share of the earlier month's revenue (capped at 1).
 */
final class DriversRule implements InsightRule {
    static final String TYPE = "drivers";
    static final String BREAKDOWNS = "/period_breakdowns";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode breakdowns = input.metrics().at(BREAKDOWNS);
        if (!breakdowns.path("dimensions").isObject()) {
            return List.of();
        }
        List<Insight> insights = new ArrayList<>();
        for (Map.Entry<String, JsonNode> dimension :
                (Iterable<Map.Entry<String, JsonNode>>) breakdowns.path("dimensions")::fields) {
            insights.addAll(drivers(input, dimension.getKey(), dimension.getValue()));
        }
        return insights;
    }

    private static List<Insight> drivers(InsightInput input, String dimension, JsonNode rows) {
        double previousTotal = 0;
        double totalChange = 0;
        JsonNode up = null;
        JsonNode down = null;
        for (JsonNode row : rows) {
            double change =
                    row.path("current").asDouble() - row.path("previous").asDouble();
            previousTotal += row.path("previous").asDouble();
            totalChange += change;
            // Unknown (sales without the attribute) counts in the total but is no driver a team can act on.
            if (JsonFacts.isUnknown(row, "key") || !row.hasNonNull("key")) {
                continue;
            }
            if (change > 0 && (up == null || change > changeOf(up))) {
                up = row;
            }
            if (change < 0 && (down == null || change < changeOf(down))) {
                down = row;
            }
        }
        if ((up == null && down == null) || previousTotal <= 0) {
            return List.of();
        }
        DerivedFigures derived = input.derived(TYPE).at(dimension);
        InsightBuilder builder = insight(TYPE, dimension)
                .attribute("dimension", dimension)
                .figure("dimension", derived.text("dimension_name", dimension.replace('_', ' ')))
                .figure("previous_month", metrics(BREAKDOWNS + "/previous_month", FigureFormat.TEXT))
                .figure("current_month", metrics(BREAKDOWNS + "/current_month", FigureFormat.TEXT))
                .figure("total", derived.money("total_change", totalChange));
        StringBuilder text = new StringBuilder(
                "From {previous_month} to {current_month} revenue changed by {total}; by {dimension},");
        double moved = 0;
        if (up != null) {
            builder.figure("up", derived.text("top_driver", up.path("key").asText()))
                    .figure("up_change", derived.money("top_driver_change", changeOf(up)));
            text.append(" {up} added the most ({up_change})");
            moved += changeOf(up);
        }
        if (down != null) {
            builder.figure(
                            "down",
                            derived.text("top_detractor", down.path("key").asText()))
                    .figure("down_change", derived.money("top_detractor_change", changeOf(down)));
            text.append(up != null ? " and" : "").append(" {down} held it back the most ({down_change})");
            moved += Math.abs(changeOf(down));
        }
        return List.of(builder.impact(moved / previousTotal)
                .text(text.append('.').toString())
                .build());
    }

    private static double changeOf(JsonNode row) {
        return row.path("current").asDouble() - row.path("previous").asDouble();
    }
}
