package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/**
 * Which row survives when several share the entity key.
 *
 * @param orderBy the column that decides "latest"; unused by first and last
 */
public record DedupeSpec(DedupePolicy keep, String orderBy) {

    public DedupeSpec {
        requireNonNull(keep, "keep is null");
        if (keep == DedupePolicy.LATEST && orderBy == null) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "dedupe 'latest' needs 'order_by'");
        }
    }
}
