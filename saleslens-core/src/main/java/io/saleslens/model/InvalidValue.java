package io.saleslens.model;

import static java.util.Objects.requireNonNull;

/**
 * A source value that gave no typed value, as quality.json samples it.
 *
 * @param line the source line
 * @param value the cell as the source holds it
 * @param reason what was wrong, the value quoted: {@code not an integer: '1.5'}
 */
public record InvalidValue(long line, String value, String reason) {

    public InvalidValue {
        requireNonNull(reason, "reason is null");
    }
}
