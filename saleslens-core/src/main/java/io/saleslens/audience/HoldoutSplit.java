package io.saleslens.audience;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.SqlDialect;
import java.util.Locale;

/**
 * Which customers of a list are held out: those whose md5 of {@code <seed>|<customer_id>} starts, read as a number
 * of 8 hex digits, below {@code share × 2^32}. The seed is the Run ID's hash part, which depends only on the inputs,
 * the spec and the version, so a run on the same data splits the same way. The test compares hex text of equal length,
 * which orders as the numbers do, so it needs no engine's hex parsing.
 */
record HoldoutSplit(String seed, double share) {
    private static final double HASH_VALUES = 4_294_967_296.0;

    HoldoutSplit {
        requireNonNull(seed, "seed is null");
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("holdout share must be from 0 to below 1, not " + share);
        }
    }

    /** The threshold the first 8 hex digits of the hash are compared with, as 8 lowercase hex digits. */
    String threshold() {
        return String.format(Locale.ROOT, "%08x", (long) Math.floor(share * HASH_VALUES));
    }

    /** A boolean expression: whether the customer {@code customerId} (an SQL expression) is held out. */
    String heldOut(String customerId, SqlDialect sql) {
        return "substr(md5(concat(" + sql.literal(seed + "|") + ", CAST(" + customerId + " AS STRING))), 1, 8) < "
                + sql.literal(threshold());
    }

    /** The rule in words, for metrics.json. */
    String description() {
        return "a customer is held out when the first 8 hex digits of md5('" + seed
                + "|' followed by the customer id), read as a number, are below holdout_share x 2^32; the seed is the"
                + " hash part of the Run ID, so a run on the same data and spec holds out the same customers";
    }
}
