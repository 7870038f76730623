/**
 * The engine seam: SQL in, aggregates out. DuckDB is the embedded default; engine-specific SQL goes
 * through {@link io.saleslens.engine.SqlDialect}.
 */
package io.saleslens.engine;
