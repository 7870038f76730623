package io.saleslens.error;

/** Who can fix a failure; the category decides the process exit code. */
public enum ErrorCategory {
    /** The person running SalesLens can fix it: a missing file or column, an unreadable file, a bad spec or option. */
    USER_ERROR(2),
    /** Something outside SalesLens and its inputs failed: a full disk, a database that does not answer. Retrying may help. */
    EXTERNAL_ERROR(5),
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
