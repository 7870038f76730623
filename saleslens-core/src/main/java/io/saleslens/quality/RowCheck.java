package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;

/** A check of each row: SQL that is true on a failing row, run with the source's other row checks in one pass. */
public non-sealed interface RowCheck extends Check {

    /**
     * Boolean SQL over the bronze table's columns that is true on a failing row.
     *
     * @param joined the alias of this check's {@link #join}, for the checks that need one
     */
    String failsWhere(SqlDialect sql, String joined);

    /**
     * A LEFT JOIN clause, under the given alias, that the check needs beside each bronze row (the duplicates of a
     * key, the keys of another source), or null. The joined relation has at most one row per bronze row, so every
     * check of a source runs in one pass over it.
     */
    default String join(SqlDialect sql, String alias) {
        return null;
    }

    /** SQL of the value shown beside a failing row (samples, quarantine). */
    String shownValue(SqlDialect sql);

    /** True for the not_null checks made from required entity columns: the cleaner quarantines those rows itself. */
    default boolean enforcedByCleaner() {
        return false;
    }
}
