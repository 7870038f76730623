package io.saleslens.error;

import static io.saleslens.error.ErrorCategory.EXTERNAL_ERROR;
import static io.saleslens.error.ErrorCategory.INTERNAL_ERROR;
import static io.saleslens.error.ErrorCategory.USER_ERROR;

/**
 * Every way a run can stop, each with the category that decides its exit code. The name is stable: it is written
 * into the manifest of a failed run, so schedulers and scripts can tell failures apart without parsing messages.
 */
public enum ErrorCode {
    DATA_FOLDER_NOT_FOUND(USER_ERROR),
    SOURCE_NOT_FOUND(USER_ERROR),
    SOURCE_UNREADABLE(USER_ERROR),
    SOURCE_MALFORMED(USER_ERROR),
    /** A source with more columns than SalesLens reads (a pivot or a broken header). */
    SOURCE_TOO_WIDE(USER_ERROR),
    COLUMN_NOT_FOUND(USER_ERROR),
    SPEC_INVALID(USER_ERROR),
    SPEC_EXPRESSION_INVALID(USER_ERROR),
    PROFILE_INVALID(USER_ERROR),
    DATASET_UNDECIDABLE(USER_ERROR),
    CURRENCY_MISMATCH(USER_ERROR),
    OPTION_INVALID(USER_ERROR),
    OUTPUT_FOLDER_UNUSABLE(USER_ERROR),
    /** A file the command would write exists already (init without --force). */
    OUTPUT_FILE_EXISTS(USER_ERROR),
    /** A file the user named for output (init's spec) cannot be written. */
    OUTPUT_FILE_UNWRITABLE(USER_ERROR),
    /** A file that ships with SalesLens (the demo sample, the benchmark script) is not where the command looks. */
    BUNDLED_FILE_NOT_FOUND(USER_ERROR),
    /** A run the command names (compare's RUN_A or RUN_B) is not a successful run of the output folder. */
    RUN_NOT_FOUND(USER_ERROR),
    /** Another run holds the output folder's run lock and the command was told not to wait (--no-wait). */
    OUTPUT_FOLDER_BUSY(USER_ERROR),
    /** The engine needed more memory than --memory-limit allows, even spilling to disk: a larger limit runs. */
    MEMORY_LIMIT_EXCEEDED(USER_ERROR),
    DISK_FULL(EXTERNAL_ERROR),
    DATABASE_UNAVAILABLE(EXTERNAL_ERROR),
    /** Reading or writing a file SalesLens makes itself (a file of the run, a temporary file, the SQL trace) failed, the disk not full. */
    FILE_IO_FAILED(EXTERNAL_ERROR),
    ROW_ACCOUNTING_BROKEN(INTERNAL_ERROR),
    /** The engine could not start, or refused a statement SalesLens wrote. */
    ENGINE_FAILED(INTERNAL_ERROR),
    INTERNAL(INTERNAL_ERROR);

    private final ErrorCategory category;

    ErrorCode(ErrorCategory category) {
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }
}
