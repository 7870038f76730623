package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shifts in the level of a monthly measure from the analysis stage's
 * {@code trend.measures.<measure>.change_points} (Pettitt's test: month, p_value, mean_before, mean_after,
 * relative_shift). Reported when p is below {@value #ALPHA}. Significance = 1 − p; impact = the relative
 * shift (capped at 1), halved for measures other than revenue.
 */
final class ChangePointRule implements InsightRule {
    static final String TYPE = "change_point";
    static final String MEASURES = "/trend/measures";
    static final double ALPHA = 0.05;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        for (Measures.Item item : Measures.items(input.metrics(), MEASURES, "change_points")) {
            JsonNode point = item.node();
            JsonNode p = point.path("p_value");
            if (!JsonFacts.isNumber(p)
                    || p.asDouble() >= ALPHA
                    || !point.path("month").isTextual()
                    || !JsonFacts.isNumber(point.path("relative_shift"))) {
                continue;
            }
            String measure = item.measure();
            String at = item.pointer();
            double shift = point.path("relative_shift").asDouble();
            FigureFormat format = Measures.format(measure);
            insights.add(insight(TYPE, measure + ":" + point.path("month").asText())
                    .significance(1 - p.asDouble())
                    .impact(Math.abs(shift) * Measures.weight(measure))
                    .attribute("measure", measure)
                    .attribute("direction", shift >= 0 ? "up" : "down")
                    .text("Monthly " + Measures.label(measure)
                            + " moved to a new level in {month}: about {before} a month before, {after} a month"
                            + " since, a change of {shift}. Compare months on the same side of it.")
                    .method("Pettitt's change-point test places the shift in {month} (p {p}, significant below"
                            + " 0.05); the levels are the monthly means on each side.")
                    .figure("month", metrics(pointer(at, "month"), FigureFormat.TEXT))
                    .figure("p", metrics(pointer(at, "p_value"), FigureFormat.P_VALUE))
                    .figure("before", metrics(pointer(at, "mean_before"), format))
                    .figure("after", metrics(pointer(at, "mean_after"), format))
                    .figure("shift", metrics(pointer(at, "relative_shift"), FigureFormat.PERCENT))
                    .build());
        }
        return insights;
    }
}
