/**
 * Inference: reads a data folder it has no spec for (a flat order-line file or a star schema), decides
 * each file's role, each column's meaning and format from all of its values, measures the joins in the
 * engine, and writes an ordinary dataset spec with the evidence as comments.
 */
package io.saleslens.infer;
