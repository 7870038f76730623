package io.saleslens.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When an action is due, as the report's Implementation Actions section groups them. */
public enum Horizon {
    IMMEDIATE("Immediate (Weeks 1-2)"),
    SHORT_TERM("Short-Term (Weeks 3-4)"),
    MEDIUM_TERM("Medium-Term (Month 2+)");

    private final String heading;

    Horizon(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    @JsonCreator
    public static Horizon parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown horizon '" + value + "'; use one of "
                            + Arrays.stream(values())
                                    .map(h -> h.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")),
                    e);
        }
    }
}
