package io.saleslens.error;

/** What kind of failure stopped a run; the category decides the process exit code. */
public enum ErrorCategory {
    /** The user can fix it: a missing file or column, an unreadable file, a bad spec. */
    USER_ERROR(2),
    /** A defect in SalesLens itself. */
    INTERNAL_ERROR(1);

    private final int exitCode;

    ErrorCategory(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
