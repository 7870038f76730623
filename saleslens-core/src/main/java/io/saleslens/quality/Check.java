package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.CheckSpec;

/**
 * One data-quality rule, turned into SQL over a bronze source (every column as text, plus {@code _line}).
 * A row check says which rows fail; a table check measures one value for the whole source.
 */
public interface Check {

    String source();

    CheckSpec spec();

    default String id() {
        return spec().idFor(source());
    }

    /** What a passing source looks like, in words, for quality.json. */
    String threshold();

    /**
     * Boolean SQL over the bronze table's columns that is true on a failing row; only for row checks.
     *
     * @param joined the alias of this check's {@link #join}, for the checks that need one
     */
    default String failsWhere(SqlDialect sql, String joined) {
        throw new IllegalStateException(id() + " is a table check");
    }

    /**
     * A LEFT JOIN clause, under the given alias, that a row check needs beside each bronze row (the
     * duplicates of a key, the keys of another source), or null. The joined relation has at most one row
     * per bronze row, so every check of a source runs in one pass over it.
     */
    default String join(SqlDialect sql, String alias) {
        return null;
    }

    /** SQL of the value shown beside a failing row (samples, quarantine); only for row checks. */
    default String shownValue(SqlDialect sql) {
        return "NULL";
    }

    /** A query over the source returning {@code observed} (text) and {@code failed} (boolean); only for table checks. */
    default String measure(SqlDialect sql, String bronzeTable) {
        throw new IllegalStateException(id() + " is a row check");
    }

    /** True for the not_null checks made from required entity columns: the cleaner quarantines those rows itself. */
    default boolean enforcedByCleaner() {
        return false;
    }
}
