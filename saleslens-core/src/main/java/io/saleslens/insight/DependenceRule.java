package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A risk: revenue depends on one category or one country, when the largest carries more than half of revenue
 * ({@value #DEPENDENCE_SHARE}): a largest country at 31 % is a market, not a dependence. Descriptive: significance 1;
 * impact = that share.
 */
final class DependenceRule implements InsightRule {
    static final String TYPE = "dependence";
    static final double DEPENDENCE_SHARE = 0.5;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        add(insights, input, "category", "/categories", "category");
        add(insights, input, "country", "/countries", "country");
        return insights;
    }

    private static void add(
            List<Insight> insights, InsightInput input, String dimension, String listPointer, String nameField) {
        JsonNode first = input.metrics().at(pointer(listPointer, 0));
        double share = first.path("revenue_share").asDouble();
        if (!JsonFacts.isNumber(first.path("revenue_share"))
                || share <= DEPENDENCE_SHARE
                || JsonFacts.isUnknown(first, nameField)) {
            return;
        }
        String row = pointer(listPointer, 0);
        insights.add(insight(TYPE, dimension)
                .impact(share)
                .attribute("dimension", dimension)
                .text("Dependence on one " + dimension + ": {name} is {share} of revenue ({revenue}).")
                .figure("name", metrics(pointer(row, JsonFacts.nameField(first, nameField)), FigureFormat.TEXT))
                .figure("share", metrics(pointer(row, "revenue_share"), FigureFormat.PERCENT))
                .figure("revenue", metrics(pointer(row, "revenue"), FigureFormat.MONEY))
                .build());
    }
}
