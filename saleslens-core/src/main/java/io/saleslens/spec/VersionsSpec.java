package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/**
 * An entity whose key has several versions over time; validity ends the day before the next
 * version starts, so each key has exactly one current version.
 */
public record VersionsSpec(String validFrom) {

    public VersionsSpec {
        if (validFrom == null) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "versions need 'valid_from'");
        }
    }
}
