/**
 * Comparison of a run with the previous successful run of the same dataset: every catalogue figure before and after,
 * rank moves of segments, categories, products and countries, check outcomes, rows and schema per source, and whether
 * the inputs are byte-identical. Written as compare.json and handed on to the reports.
 */
package io.saleslens.compare;
