package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shifts in the level of monthly revenue from the analysis stage's {@code change_points} (Pettitt
 * test: month, p, mean before and after). Reported when p is below {@value #ALPHA}. Significance =
 * 1 − p; impact = the shift as a share of the mean before (capped at 1).
 */
final class ChangePointRule implements InsightRule {
    static final String TYPE = "change_point";
    static final String CHANGE_POINTS = "/change_points";
    static final String MONTH = "month";
    static final String P = "p";
    static final String MEAN_BEFORE = "mean_before";
    static final String MEAN_AFTER = "mean_after";
    static final double ALPHA = 0.05;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode node = input.metrics().at(CHANGE_POINTS);
        List<JsonNode> points = node.isObject() && node.has(MONTH) ? List.of(node) : JsonFacts.rows(node);
        List<Insight> insights = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            JsonNode point = points.get(i);
            double before = point.path(MEAN_BEFORE).asDouble();
            if (!JsonFacts.isNumber(point.path(P)) || point.path(P).asDouble() >= ALPHA || !point.path(MONTH).isTextual() || before <= 0) {
                continue;
            }
            String at = node.isArray() || node.has("rows") ? pointer(CHANGE_POINTS + (node.isArray() ? "" : "/rows"), i) : CHANGE_POINTS;
            double shift = point.path(MEAN_AFTER).asDouble() - before;
            insights.add(insight(TYPE, point.path(MONTH).asText()).significance(1 - point.path(P).asDouble()).impact(shift / before)
                    .attribute("direction", shift >= 0 ? "up" : "down")
                    .text("Monthly revenue changed level in {month} (Pettitt p {p}): {before} a month before, {after} after ({shift}).")
                    .figure("month", metrics(pointer(at, MONTH), FigureFormat.TEXT))
                    .figure("p", metrics(pointer(at, P), FigureFormat.DECIMAL3))
                    .figure("before", metrics(pointer(at, MEAN_BEFORE), FigureFormat.MONEY))
                    .figure("after", metrics(pointer(at, MEAN_AFTER), FigureFormat.MONEY))
                    .figure("shift", input.derived(TYPE).at(point.path(MONTH).asText()).money("level_shift", shift))
                    .build());
        }
        return insights;
    }
}
