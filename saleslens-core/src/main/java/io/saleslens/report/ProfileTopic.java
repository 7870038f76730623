package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import io.saleslens.insight.Insight;
import java.util.List;
import java.util.Map;

/**
 * An insight type a department follows, with the heading its report gives it. {@code when} keeps only
 * insights whose attributes match (as for actions), so a team can follow the overall quality score
 * without every failing check; {@code limit} caps how many insights of the type (the highest ranked) the
 * key insights or the risks show. Both are optional.
 */
public record ProfileTopic(String type, String heading, Integer limit, Map<String, String> when) {

    public ProfileTopic {
        requireNonNull(type, "type is null");
        heading = heading == null ? type.replace('_', ' ') : heading;
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit of " + type + " must be at least 1, not " + limit);
        }
        when = when == null ? Map.of() : Map.copyOf(when);
    }

    public ProfileTopic(String type, String heading) {
        this(type, heading, null, null);
    }

    /** Whether the insight is of this topic: its type, and the attributes {@code when} names. */
    boolean covers(Insight insight) {
        return insight.type().equals(type)
                && when.entrySet().stream()
                        .allMatch(entry -> entry.getValue()
                                .equalsIgnoreCase(insight.attributes().getOrDefault(entry.getKey(), "")));
    }

    /** Whether {@code shown} insights of this topic already reach the limit. */
    boolean full(long shown) {
        return limit != null && shown >= limit;
    }

    /** The first topic of the list that covers the insight, or null. */
    static ProfileTopic covering(List<ProfileTopic> topics, Insight insight) {
        return topics.stream()
                .filter(topic -> topic.covers(insight))
                .findFirst()
                .orElse(null);
    }
}
