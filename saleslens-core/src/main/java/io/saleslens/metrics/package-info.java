/**
 * Metrics: totals, breakdowns and time series computed in the engine; only aggregates reach the JVM,
 * as the metrics document every report and dashboard reads.
 */
package io.saleslens.metrics;
