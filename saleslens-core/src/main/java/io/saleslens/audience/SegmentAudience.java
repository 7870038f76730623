package io.saleslens.audience;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.FigureRef;
import io.saleslens.insight.Insight;
import io.saleslens.stage.Tables;
import java.util.List;
import java.util.Optional;

/**
 * The customers of one side of the leading segment gap: the segment with the highest average order value (the one
 * the Sales report leads its outreach with and Marketing sends its premium message to) or the lowest (Marketing's
 * order-value offer). The segment is the one of the highest-ranked segment gap, the insight those actions follow;
 * its customers are those of the customer dimension with that attribute value who ordered (the scored ones).
 */
final class SegmentAudience implements AudienceDefinition {
    static final String GAP = "segment_gap";

    private final String id;
    private final String figure;
    private final String which;

    private SegmentAudience(String id, String figure, String which) {
        this.id = requireNonNull(id, "id is null");
        this.figure = requireNonNull(figure, "figure is null");
        this.which = requireNonNull(which, "which is null");
    }

    static SegmentAudience highValue() {
        return new SegmentAudience("high-value-segment", "high", "highest");
    }

    static SegmentAudience lowValue() {
        return new SegmentAudience("low-value-segment", "low", "lowest");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<AudienceSelection> select(AudienceInput input) {
        Optional<Insight> gap =
                input.insights().stream().filter(i -> i.type().equals(GAP)).findFirst();
        if (gap.isEmpty()) {
            return Optional.empty();
        }
        String attribute = gap.get().attributes().get("attribute");
        FigureRef ref = gap.get().figures().get(figure);
        // A derived attribute (the age band) is not a column of the customer dimension: no list rather than a guess.
        if (attribute == null || ref == null || !input.customerColumns().contains(attribute)) {
            return Optional.empty();
        }
        JsonNode row = input.metrics().at(ref.pointer());
        if (!row.path("label").isTextual() || row.path("customers").asLong() == 0) {
            return Optional.empty();
        }
        String label = row.path("label").asText();
        String words = attribute.replace('_', ' ');
        String where = "r.customer_id IN (SELECT customer_id FROM " + Tables.DIM_CUSTOMER + " WHERE CAST("
                + input.sql().quote(attribute) + " AS STRING) = " + input.sql().literal(label) + ")";
        String reason = input.sql()
                .literal("By " + words + " the customer is " + label + ", the segment with the " + which
                        + " average order value.");
        return Optional.of(new AudienceSelection(
                where,
                reason,
                "the customers with orders whose " + words + " is " + label + ", the segment with the " + which
                        + " average order value",
                List.of()));
    }
}
