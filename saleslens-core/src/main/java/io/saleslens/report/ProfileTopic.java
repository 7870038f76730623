package io.saleslens.report;

import static java.util.Objects.requireNonNull;

/** An insight type a department follows, with the heading its report gives it. */
public record ProfileTopic(String type, String heading) {

    public ProfileTopic {
        requireNonNull(type, "type is null");
        heading = heading == null ? type.replace('_', ' ') : heading;
    }
}
