package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the render stage writes: which departments (empty: every known profile), an optional folder of
 * extra or overriding department profiles, and whether to add a PDF of each report.
 */
public record ReportOptions(List<String> departments, Optional<Path> profilesDir, boolean pdf) {

    public ReportOptions {
        departments = List.copyOf(requireNonNull(departments, "departments is null"));
        requireNonNull(profilesDir, "profilesDir is null");
    }

    /** Every department, shipped profiles only, Markdown and HTML. */
    public static ReportOptions defaults() {
        return new ReportOptions(List.of(), Optional.empty(), false);
    }
}
