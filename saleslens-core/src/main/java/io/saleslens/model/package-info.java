/**
 * The model: silver entities (typed, standardised, de-duplicated, repaired) and the gold star schema,
 * built as SQL generated from the dataset spec.
 */
package io.saleslens.model;
