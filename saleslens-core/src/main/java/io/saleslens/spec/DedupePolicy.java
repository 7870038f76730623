package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Locale;

/** The de-duplication policies a user can choose. */
public enum DedupePolicy {
    /** The row with the newest value of the dedupe's order_by column (file order breaks ties). */
    LATEST,
    /** The first row seen in the file. */
    FIRST,
    /** The last row seen in the file. */
    LAST;

    @JsonCreator
    public static DedupePolicy parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "unknown dedupe policy '" + value + "' (use latest, first or last)");
        }
    }
}
