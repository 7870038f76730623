/**
 * The files a run publishes beside its documents: the gold star schema as Parquet, the quarantined lines per source
 * and every repaired value, written by the engine without rows passing through Java.
 */
package io.saleslens.export;
