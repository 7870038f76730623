/**
 * Draws the run's dashboard images from {@code metrics.json}. Charts only read and format values
 * already in the metrics document; they never aggregate rows, so every figure on a dashboard can be
 * traced back to a metric key.
 */
package io.saleslens.chart;
