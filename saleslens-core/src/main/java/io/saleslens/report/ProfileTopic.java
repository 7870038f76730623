package io.saleslens.report;

import static java.util.Objects.requireNonNull;

/**
 * An insight type a department follows, with the heading its report gives it. {@code limit}, used in
 * a profile's risks, caps how many insights of the type (the highest ranked) the list shows, so a team
 * that only needs the worst data-quality findings is not handed all of them; absent means all.
 */
public record ProfileTopic(String type, String heading, Integer limit) {

    public ProfileTopic {
        requireNonNull(type, "type is null");
        heading = heading == null ? type.replace('_', ' ') : heading;
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit of " + type + " must be at least 1, not " + limit);
        }
    }

    public ProfileTopic(String type, String heading) {
        this(type, heading, null);
    }

    /** Whether {@code shown} insights of this type already reach the limit. */
    boolean full(long shown) {
        return limit != null && shown >= limit;
    }
}
