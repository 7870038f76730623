package io.saleslens.error;

import static java.util.Objects.requireNonNull;

/**
 * A failure with a category and a message written for the person running SalesLens: it names the
 * file, line or column at fault and says what to do.
 */
public class SalesLensException extends RuntimeException {
    private final ErrorCategory category;

    public SalesLensException(ErrorCategory category, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.category = requireNonNull(category, "category is null");
    }

    public static SalesLensException userError(String message) {
        return new SalesLensException(ErrorCategory.USER_ERROR, message, null);
    }

    public static SalesLensException userError(String message, Throwable cause) {
        return new SalesLensException(ErrorCategory.USER_ERROR, message, cause);
    }

    public ErrorCategory category() {
        return category;
    }
}
