package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A risk: customers with no recorded value of a segment attribute ("Unknown"), and sales whose
 * customer is not in the customer file. Descriptive: significance 1; impact = their revenue share.
 */
final class UnknownSegmentRule implements InsightRule {
    static final String TYPE = "unknown_segment";
    static final String SEGMENTS_BY = "/segments_by";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        JsonNode segmentsBy = input.metrics().at(SEGMENTS_BY);
        for (Map.Entry<String, JsonNode> attribute : (Iterable<Map.Entry<String, JsonNode>>) segmentsBy::fields) {
            List<JsonNode> rows = JsonFacts.rows(attribute.getValue());
            for (int i = 0; i < rows.size(); i++) {
                if (!JsonFacts.isUnknown(rows.get(i), "code")
                        || rows.get(i).path("customers").asLong() <= 0) {
                    continue;
                }
                String row = pointer(SEGMENTS_BY, attribute.getKey(), "rows", i);
                insights.add(insight(TYPE, attribute.getKey())
                        .impact(rows.get(i).path("revenue_share").asDouble())
                        .attribute("attribute", attribute.getKey())
                        .text(
                                "{customers} customers have no recorded {attribute}; they bring {revenue} ({share} of revenue).")
                        .figure("customers", metrics(pointer(row, "customers"), FigureFormat.COUNT))
                        .figure(
                                "attribute",
                                input.derived(TYPE)
                                        .at(attribute.getKey())
                                        .text(
                                                "attribute_name",
                                                attribute.getKey().replace('_', ' ')))
                        .figure("revenue", metrics(pointer(row, "revenue"), FigureFormat.MONEY))
                        .figure("share", metrics(pointer(row, "revenue_share"), FigureFormat.PERCENT))
                        .build());
            }
        }
        JsonNode orphans = input.metrics().at("/segments/sales_without_customer");
        double revenue = input.metrics().at("/totals/revenue").asDouble();
        if (orphans.path("sales_records").asLong() > 0 && revenue > 0) {
            insights.add(insight(TYPE, "sales_without_customer")
                    .impact(orphans.path("revenue").asDouble() / revenue)
                    .text(
                            "{records} sales records ({revenue}) name a customer that is not in the customer file; they are in the totals"
                                    + " but in no segment.")
                    .figure("records", metrics("/segments/sales_without_customer/sales_records", FigureFormat.COUNT))
                    .figure("revenue", metrics("/segments/sales_without_customer/revenue", FigureFormat.MONEY))
                    .build());
        }
        return insights;
    }
}
