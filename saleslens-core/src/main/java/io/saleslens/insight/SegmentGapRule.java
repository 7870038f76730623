package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gap between the segments with the highest and the lowest average order value, for every segment
 * attribute, with their average unit price and order frequency (orders per customer). Segments without
 * a recorded value ("Unknown") are left out. Only gaps of at least {@value #MIN_RELATIVE_GAP} of the
 * lower value are reported. Descriptive (metrics hold aggregates, so no test is possible): significance
 * 1; impact = the revenue share of the lower-value segment, whose order value the gap puts at stake.
 */
final class SegmentGapRule implements InsightRule {
    static final String TYPE = "segment_gap";
    static final double MIN_RELATIVE_GAP = 0.05;
    static final String SEGMENTS_BY = "/segments_by";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        for (Map.Entry<String, JsonNode> attribute :
                (Iterable<Map.Entry<String, JsonNode>>) input.metrics().at(SEGMENTS_BY)::fields) {
            String rowsPointer = pointer(SEGMENTS_BY, attribute.getKey(), "rows");
            List<JsonNode> rows = JsonFacts.rows(attribute.getValue());
            int high = -1;
            int low = -1;
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                if (JsonFacts.isUnknown(row, "code")
                        || !JsonFacts.isNumber(row.path("avg_order_value"))
                        || row.path("customers").asLong() <= 0) {
                    continue;
                }
                double aov = row.path("avg_order_value").asDouble();
                if (high < 0 || aov > rows.get(high).path("avg_order_value").asDouble()) {
                    high = i;
                }
                if (low < 0 || aov < rows.get(low).path("avg_order_value").asDouble()) {
                    low = i;
                }
            }
            if (high < 0 || high == low) {
                continue;
            }
            JsonNode highRow = rows.get(high);
            JsonNode lowRow = rows.get(low);
            double gap = highRow.path("avg_order_value").asDouble()
                    - lowRow.path("avg_order_value").asDouble();
            if (gap < MIN_RELATIVE_GAP * lowRow.path("avg_order_value").asDouble()) {
                continue;
            }
            DerivedFigures derived = input.derived(TYPE).at(attribute.getKey());
            String highPointer = pointer(rowsPointer, high);
            String lowPointer = pointer(rowsPointer, low);
            // Deal data has no units: the unit-price comparison is left out rather than written from nulls.
            boolean prices = JsonFacts.isNumber(highRow.path("avg_unit_price"))
                    && JsonFacts.isNumber(lowRow.path("avg_unit_price"));
            InsightBuilder builder = insight(TYPE, attribute.getKey())
                    .impact(lowRow.path("revenue_share").asDouble())
                    .attribute("attribute", attribute.getKey())
                    .text(
                            "By {attribute}, {high} has the highest average order value, {high_aov} against {low_aov} for {low}"
                                    + " (a gap of {aov_gap} per order). "
                                    + (prices
                                            ? "Average unit price: {high_price} against {low_price} (gap {price_gap}). "
                                            : "")
                                    + "Orders per customer: {high_frequency} against {low_frequency}.")
                    .figure(
                            "attribute",
                            derived.text("attribute_name", attribute.getKey().replace('_', ' ')))
                    .figure("high", metrics(highPointer, FigureFormat.SEGMENT))
                    .figure("low", metrics(lowPointer, FigureFormat.SEGMENT))
                    .figure("high_aov", metrics(pointer(highPointer, "avg_order_value"), FigureFormat.MONEY))
                    .figure("low_aov", metrics(pointer(lowPointer, "avg_order_value"), FigureFormat.MONEY))
                    .figure("aov_gap", derived.money("aov_gap", gap));
            if (prices) {
                builder.figure("high_price", metrics(pointer(highPointer, "avg_unit_price"), FigureFormat.MONEY))
                        .figure("low_price", metrics(pointer(lowPointer, "avg_unit_price"), FigureFormat.MONEY))
                        .figure(
                                "price_gap",
                                derived.money(
                                        "price_gap",
                                        highRow.path("avg_unit_price").asDouble()
                                                - lowRow.path("avg_unit_price").asDouble()));
            }
            insights.add(
                    builder.figure("high_frequency", derived.decimal("high_orders_per_customer", perCustomer(highRow)))
                            .figure("low_frequency", derived.decimal("low_orders_per_customer", perCustomer(lowRow)))
                            .build());
        }
        return insights;
    }

    private static double perCustomer(JsonNode row) {
        return row.path("orders").asDouble() / row.path("customers").asDouble();
    }
}
