package io.saleslens.quality;

import io.saleslens.engine.SqlDialect;

/** A check of the whole source (row count, freshness): one measured value that passes or fails. */
public non-sealed interface TableCheck extends Check {

    /** A query over the source returning {@code observed} (text) and {@code failed} (boolean). */
    String measure(SqlDialect sql, String bronzeTable);
}
