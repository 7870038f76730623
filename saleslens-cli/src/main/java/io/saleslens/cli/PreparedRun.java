package io.saleslens.cli;

import static java.util.Objects.requireNonNull;

import io.saleslens.report.DepartmentProfile;
import io.saleslens.run.RunOptions;
import java.util.List;

/** A run as the command line asks for it, with the department profiles it renders, loaded once before it starts. */
record PreparedRun(RunOptions options, List<DepartmentProfile> profiles) {

    PreparedRun {
        requireNonNull(options, "options is null");
        profiles = List.copyOf(profiles);
    }
}
