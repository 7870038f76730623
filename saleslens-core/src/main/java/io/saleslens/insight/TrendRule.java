package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The monthly revenue trend from the analysis stage's {@code trend} key (Mann-Kendall z and p,
 * direction, Theil-Sen slope). Reported when p is below {@value #ALPHA}. Significance = 1 − p;
 * impact 1 (the trend concerns all revenue).
 */
final class TrendRule implements InsightRule {
    static final String TYPE = "trend";
    static final String TREND = "/trend";
    static final String P = TREND + "/p";
    static final String Z = TREND + "/z";
    static final String DIRECTION = TREND + "/direction";
    static final String SLOPE = TREND + "/theil_sen_slope";
    static final double ALPHA = 0.05;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode p = input.metrics().at(P);
        if (!JsonFacts.isNumber(p) || p.asDouble() >= ALPHA || !input.metrics().at(DIRECTION).isTextual()) {
            return List.of();
        }
        InsightBuilder builder = insight(TYPE, "revenue").significance(1 - p.asDouble()).impact(1)
                .attribute("direction", input.metrics().at(DIRECTION).asText())
                .figure("direction", metrics(DIRECTION, FigureFormat.TEXT))
                .figure("p", metrics(P, FigureFormat.DECIMAL3));
        String text = "Monthly revenue has a significant {direction} trend (Mann-Kendall p {p}";
        if (JsonFacts.isNumber(input.metrics().at(Z))) {
            builder.figure("z", metrics(Z, FigureFormat.DECIMAL2));
            text += ", z {z}";
        }
        text += ")";
        if (JsonFacts.isNumber(input.metrics().at(SLOPE))) {
            builder.figure("slope", metrics(SLOPE, FigureFormat.MONEY));
            text += "; Theil-Sen slope {slope} per month";
        }
        return List.of(builder.text(text + ".").build());
    }
}
