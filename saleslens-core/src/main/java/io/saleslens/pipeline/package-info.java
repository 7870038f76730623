/**
 * Deals: the pipeline figures of a CRM opportunity export (win rate, open and weighted pipeline, sales cycle, per
 * owner, region, industry and product family), computed in the engine over the deal source; only aggregates reach
 * the JVM, as the {@code pipeline} key of the metrics document.
 */
package io.saleslens.pipeline;
