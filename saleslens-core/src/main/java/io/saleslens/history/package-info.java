/**
 * The run history database: every published run folder recorded as rows (the run, every catalogue metric value, every
 * check result) in an embedded DuckDB file beside the runs or in a team's PostgreSQL, rebuilt from the folders on demand.
 */
package io.saleslens.history;
