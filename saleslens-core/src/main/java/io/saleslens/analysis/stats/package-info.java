/**
 * Statistics on small aggregated sales series: seasonality, trend and change-point tests, anomaly
 * flags on decomposition remainders, Holt-Winters forecasts and concentration measures.
 *
 * <p>Inputs are short arrays (monthly totals, per-product totals), never raw rows; every result is
 * an immutable record that says in words why a finding is or is not reported.
 */
package io.saleslens.analysis.stats;
