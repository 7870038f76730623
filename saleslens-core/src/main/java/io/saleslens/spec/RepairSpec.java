package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/**
 * A repair rule on one column: where {@code when} holds, the value becomes {@code set}. Both are SQL
 * over the entity's typed columns; rules apply in the order the spec lists them.
 */
public record RepairSpec(String when, String set) {

    public RepairSpec {
        if (when == null || set == null) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "a repair needs 'when' and 'set'");
        }
    }
}
