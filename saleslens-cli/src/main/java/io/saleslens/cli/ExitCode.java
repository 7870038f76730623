package io.saleslens.cli;

import io.saleslens.error.ErrorCategory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of the saleslens commands: what a script or scheduler branches on without reading messages. */
enum ExitCode {
    SUCCESS(0, "success"),
    INTERNAL_ERROR(1, "internal error: a defect in SalesLens; run again with --verbose and report it"),
    USER_ERROR(2, "user error: fix the file, spec or option the message names"),
    /** A published run in which an alert of the --fail-on-alert severity or above holds. */
    ALERT_FIRED(3, "an alert of the --fail-on-alert severity or above holds (the run is published)"),
    CHECKS_FAILED(4, "a fail-severity data-quality check failed"),
    EXTERNAL_ERROR(5, "external failure (a full disk, a database that does not answer); retrying may help");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    /** The exit code of a failure of this category. */
    static ExitCode of(ErrorCategory category) {
        return switch (category) {
            case USER_ERROR -> USER_ERROR;
            case EXTERNAL_ERROR -> EXTERNAL_ERROR;
            case INTERNAL_ERROR -> INTERNAL_ERROR;
        };
    }

    /** The codes with their meaning, in the form picocli's usage help lists them. */
    static Map<String, String> helpList(ExitCode... codes) {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exitCode : codes) {
            list.put(Integer.toString(exitCode.code), exitCode.meaning);
        }
        return list;
    }
}
