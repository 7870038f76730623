package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly trend of each measure in the analysis stage's {@code trend.measures} (Mann-Kendall z and
 * p_value, direction, Theil-Sen slope per month, on complete months). Reported when the measure is
 * available and p is below {@value #ALPHA}. Significance = 1 − p; impact 1 for revenue (the trend
 * concerns all of it) and 0.5 for the other measures, which explain revenue rather than being it.
 */
final class TrendRule implements InsightRule {
    static final String TYPE = "trend";
    static final String MEASURES = "/trend/measures";
    static final double ALPHA = 0.05;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode measures = input.metrics().at(MEASURES);
        List<Insight> insights = new ArrayList<>();
        for (String measure : Measures.names(measures)) {
            JsonNode trend = measures.path(measure);
            JsonNode p = trend.path("p_value");
            if (!trend.path("available").asBoolean()
                    || !JsonFacts.isNumber(p)
                    || p.asDouble() >= ALPHA
                    || !trend.path("direction").isTextual()) {
                continue;
            }
            String at = pointer(MEASURES, measure);
            InsightBuilder builder = insight(TYPE, measure)
                    .significance(1 - p.asDouble())
                    .impact(Measures.weight(measure))
                    .attribute("measure", measure)
                    .attribute("direction", trend.path("direction").asText())
                    .figure("direction", metrics(pointer(at, "direction"), FigureFormat.TEXT))
                    .figure("p", metrics(pointer(at, "p_value"), FigureFormat.P_VALUE));
            boolean rising = "increasing".equals(trend.path("direction").asText());
            String moved = rising ? "grown" : "fallen";
            String text = "Monthly " + Measures.label(measure) + " " + Measures.verb(measure, "has", "have") + " "
                    + moved + " steadily over the complete months";
            String method = "A Mann-Kendall trend test finds an {direction} trend (p {p}, significant below 0.05)";
            if (JsonFacts.isNumber(trend.path("z"))) {
                builder.figure("z", metrics(pointer(at, "z"), FigureFormat.DECIMAL2));
                method = "A Mann-Kendall trend test finds an {direction} trend (z {z}, p {p}, significant below 0.05)";
            }
            JsonNode slope = trend.path("theil_sen_slope_per_month");
            if (JsonFacts.isNumber(slope)) {
                // The sentence says "fallen by $85 a month", so it cites the slope's size; the note cites its sign.
                builder.figure("slope", metrics(pointer(at, "theil_sen_slope_per_month"), Measures.format(measure)));
                builder.figure(
                        "size",
                        input.derived(TYPE)
                                .at(measure)
                                .figure("slope_size", Math.abs(slope.asDouble()), Measures.format(measure)));
                text += ", by about {size} a month";
                method +=
                        "; the Theil-Sen slope, the median of the slopes between every two months, is {slope} per month";
            }
            insights.add(builder.text(text + ".").method(method + ".").build());
        }
        return insights;
    }
}
