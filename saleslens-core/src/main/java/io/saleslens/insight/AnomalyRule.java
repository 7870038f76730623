package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Months the analysis stage flagged as anomalous in {@code anomalies} (median/MAD rule: month, value,
 * expected). The deviation is derived here. Significance 1 (the MAD rule already decided); impact =
 * the deviation as a share of the expected value (capped at 1).
 */
final class AnomalyRule implements InsightRule {
    static final String TYPE = "anomaly";
    static final String ANOMALIES = "/anomalies";
    static final String MONTH = "month";
    static final String VALUE = "value";
    static final String EXPECTED = "expected";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode node = input.metrics().at(ANOMALIES);
        String base = node.isArray() ? ANOMALIES : ANOMALIES + "/rows";
        List<JsonNode> rows = JsonFacts.rows(node);
        List<Insight> insights = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            double expected = row.path(EXPECTED).asDouble();
            if (!JsonFacts.isNumber(row.path(VALUE)) || !JsonFacts.isNumber(row.path(EXPECTED)) || expected <= 0) {
                continue;
            }
            String at = pointer(base, i);
            double deviation = row.path(VALUE).asDouble() - expected;
            insights.add(insight(TYPE, row.path(MONTH).asText(String.valueOf(i))).impact(deviation / expected)
                    .attribute("direction", deviation >= 0 ? "up" : "down")
                    .text("Revenue in {month} was {value} against {expected} expected ({deviation}): an anomaly by the median/MAD rule.")
                    .figure("month", metrics(pointer(at, MONTH), FigureFormat.TEXT))
                    .figure("value", metrics(pointer(at, VALUE), FigureFormat.MONEY))
                    .figure("expected", metrics(pointer(at, EXPECTED), FigureFormat.MONEY))
                    .figure("deviation", input.derived(TYPE).at(row.path(MONTH).asText(String.valueOf(i))).money("deviation", deviation))
                    .build());
        }
        return insights;
    }
}
