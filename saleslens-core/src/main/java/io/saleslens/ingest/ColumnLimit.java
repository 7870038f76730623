package io.saleslens.ingest;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Locale;

/**
 * The most columns a source may have. Sales exports have tens of columns, a wide ERP export a few hundred; a file of
 * thousands is a pivot or a broken header, and every column costs the checks and profiles time and memory, so it is
 * refused before it is read rather than run for minutes.
 */
final class ColumnLimit {
    static final int MAX_COLUMNS = 1_000;

    private ColumnLimit() {}

    /** Refuses a source of more than {@link #MAX_COLUMNS} columns, naming it as the spec gives it. */
    static void check(String origin, int columns) {
        if (columns > MAX_COLUMNS) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_TOO_WIDE,
                    String.format(
                            Locale.ROOT,
                            "%s: %,d columns, more than the %,d a source may have; export only the columns the spec"
                                    + " reads, or split the file",
                            origin,
                            columns,
                            MAX_COLUMNS));
        }
    }
}
