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

    public ErrorCode code() {
        return code;
    }

    public ErrorCategory category() {
        return code.category();
    }
}
