package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Months the analysis stage flagged in {@code anomalies.measures.<measure>.months} (STL remainder beyond
 * 3 × 1.4826 × MAD: month, value, remainder, robust_z). Significance 1 (the MAD rule already decided);
 * impact = the remainder as a share of the value the trend and season lead one to expect (value −
 * remainder, capped at 1), halved for measures other than revenue.
 */
final class AnomalyRule implements InsightRule {
    static final String TYPE = "anomaly";
    static final String MEASURES = "/anomalies/measures";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        for (Measures.Item item : Measures.items(input.metrics(), MEASURES, "months")) {
            JsonNode month = item.node();
            if (!month.path("month").isTextual()
                    || !JsonFacts.isNumber(month.path("value"))
                    || !JsonFacts.isNumber(month.path("remainder"))) {
                continue;
            }
            String measure = item.measure();
            String at = item.pointer();
            double expected =
                    month.path("value").asDouble() - month.path("remainder").asDouble();
            double impact = expected > 0 ? Math.abs(month.path("remainder").asDouble()) / expected : 1;
            insights.add(insight(TYPE, measure + ":" + month.path("month").asText())
                    .impact(impact * Measures.weight(measure))
                    .attribute("measure", measure)
                    .attribute("direction", month.path("remainder").asDouble() >= 0 ? "up" : "down")
                    .text("Monthly " + Measures.label(measure) + " in {month} " + Measures.verb(measure, "was", "were")
                            + " {value}, {remainder} away from what the trend and the time of year lead one to expect:"
                            + " an unusual month worth a look before it is planned on.")
                    .method("The month's robust z-score is {z}: its distance from the trend-and-season fit (STL) in"
                            + " median absolute deviations of all months' distances; a month counts as unusual by the"
                            + " median/MAD rule.")
                    .figure("month", metrics(pointer(at, "month"), FigureFormat.TEXT))
                    .figure("value", metrics(pointer(at, "value"), Measures.valueFormat(measure)))
                    .figure("remainder", metrics(pointer(at, "remainder"), Measures.format(measure)))
                    .figure("z", metrics(pointer(at, "robust_z"), FigureFormat.DECIMAL2))
                    .build());
        }
        return insights;
    }
}
