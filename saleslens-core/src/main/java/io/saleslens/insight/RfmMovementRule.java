package io.saleslens.insight;

import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Valuable customers who are lapsing, by RFM: the analysis stage's {@code rfm.segments} named At Risk and
 * Can't Lose Them (frequent, high-spending customers who have not ordered recently), with their customers,
 * revenue and revenue share summed here. Hibernating and Lost customers bought little and are left to
 * the segment tables. Descriptive: significance 1; impact = their revenue share.
 */
final class RfmMovementRule implements InsightRule {
    static final String TYPE = "rfm_movement";
    static final String SEGMENTS = "/rfm/segments";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<JsonNode> segments = JsonFacts.rows(input.metrics().at(SEGMENTS));
        List<String> names = new ArrayList<>();
        long customers = 0;
        double revenue = 0;
        double share = 0;
        for (JsonNode segment : segments) {
            String field = JsonFacts.firstPresent(segment, "segment", "name");
            String name = field == null ? "" : segment.path(field).asText();
            if (AtRiskSegments.includes(name)) {
                names.add(name);
                customers += segment.path("customers").asLong();
                revenue += segment.path("revenue").asDouble();
                share += segment.path("revenue_share").asDouble();
            }
        }
        if (names.isEmpty() || customers == 0) {
            return List.of();
        }
        DerivedFigures derived = input.derived(TYPE);
        return List.of(insight(TYPE, "at_risk")
                .impact(share)
                .text(
                        "{customers} customers who ordered often and spent much have not ordered recently (RFM segments {names});"
                                + " they brought {revenue} ({share} of revenue).")
                .figure("customers", derived.count("at_risk_customers", customers))
                .figure("names", derived.text("at_risk_segments", String.join(", ", names)))
                .figure("revenue", derived.money("at_risk_revenue", revenue))
                .figure("share", derived.share("at_risk_share", share))
                .build());
    }
}
