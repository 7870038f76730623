/**
 * Analyses a sales team can act on: attribute and RFM segments, products and territory, order and
 * cohort behaviour, and the tested time-series figures. Per-customer and per-order work runs as SQL
 * in the engine; only summaries reach Java, where the small monthly series meet the statistics of
 * {@link io.saleslens.analysis.stats}.
 */
package io.saleslens.analysis;
