package io.saleslens.report;

import static java.util.Objects.requireNonNull;

/** Another department this one depends on, and for what. */
public record ProfileDependency(String department, String need) {

    public ProfileDependency {
        requireNonNull(department, "department is null");
        requireNonNull(need, "need is null");
    }
}
