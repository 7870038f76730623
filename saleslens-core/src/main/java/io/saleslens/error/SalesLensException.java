package io.saleslens.error;

import static java.util.Objects.requireNonNull;

/**
 * A failure with an error code and a message written for the person running SalesLens: it names the
 * file, line or column at fault and says what to do. The code's category decides the exit code.
 */
public class SalesLensException extends RuntimeException {
    private final ErrorCode code;

    public SalesLensException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public SalesLensException(ErrorCode code, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
    }

    /** Transitional: a user error without a specific code. */
    public SalesLensException(ErrorCategory category, String message, Throwable cause) {
        this(category == ErrorCategory.USER_ERROR ? ErrorCode.SOURCE_MALFORMED : ErrorCode.INTERNAL, message, cause);
    }

    /** Transitional: a user error without a specific code. */
    public static SalesLensException userError(String message) {
        return new SalesLensException(ErrorCategory.USER_ERROR, message, null);
    }

    /** Transitional: a user error without a specific code. */
    public static SalesLensException userError(String message, Throwable cause) {
        return new SalesLensException(ErrorCategory.USER_ERROR, message, cause);
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }
}
