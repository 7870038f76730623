package io.saleslens.audience;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The customers of one list, as SQL over the RFM scores of every customer (alias {@code r}: customer_id, recency_days,
 * frequency, monetary, r_score, f_score, m_score, segment) and their last order date (alias {@code l}).
 *
 * @param where the condition a customer meets to be in the list, over {@code r} only (it chooses the customers before
 *     their last order dates are looked up)
 * @param reason a text expression: the sentence, per customer, saying why the customer is in the list; it may use
 *     {@code l}
 * @param description who the list holds, in words, for metrics.json
 * @param segments the RFM segments the list is drawn from
 */
record AudienceSelection(String where, String reason, String description, List<String> segments) {
    AudienceSelection {
        requireNonNull(where, "where is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(description, "description is null");
        segments = List.copyOf(segments);
    }
}
