package io.saleslens.spec;

/**
 * An entity whose key has several versions over time; validity ends the day before the next
 * version starts, so each key has exactly one current version.
 */
public record VersionsSpec(String validFrom) {

    public VersionsSpec {
        if (validFrom == null) {
            throw new IllegalArgumentException("versions need 'valid_from'");
        }
    }
}
