package io.saleslens.audience;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.AtRiskSegments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The customers the win-back actions call: every customer in the RFM segments of valuable customers who have stopped
 * ordering ({@link AtRiskSegments}), the same segments whose customers the report counts.
 */
final class WinBackAudience implements AudienceDefinition {
    static final String ID = "win-back";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<AudienceSelection> select(AudienceInput input) {
        List<String> segments = new ArrayList<>();
        for (JsonNode segment : input.metrics().at("/rfm/segments")) {
            String name = segment.path("segment").asText("");
            if (AtRiskSegments.includes(name) && segment.path("customers").asLong() > 0) {
                segments.add(name);
            }
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String where =
                "r.segment IN (" + segments.stream().map(input.sql()::literal).collect(Collectors.joining(", ")) + ")";
        String lastOrder =
                "CASE WHEN l.last_order_date IS NULL THEN 'has no dated order' ELSE concat('last ordered on ',"
                        + " CAST(l.last_order_date AS STRING), ', ', CAST(r.recency_days AS STRING),"
                        + " ' days before the newest order in the data') END";
        String reason = "concat('In RFM segment ', r.segment, ': ordered ', CAST(r.frequency AS STRING),"
                + " CASE WHEN r.frequency = 1 THEN ' time' ELSE ' times' END, ' (frequency score ',"
                + " CAST(r.f_score AS STRING), ', monetary score ', CAST(r.m_score AS STRING), ') but ', " + lastOrder
                + ", ' (recency score ', CAST(r.r_score AS STRING), ').')";
        return Optional.of(new AudienceSelection(
                where,
                reason,
                "the customers in the RFM segments " + String.join(", ", segments)
                        + ": they ordered often and spent much but have not ordered recently",
                segments));
    }
}
