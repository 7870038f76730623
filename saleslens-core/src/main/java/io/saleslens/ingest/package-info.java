/**
 * Ingest: one reader per source format loads each file into bronze, every column as text with its
 * line number, so every later figure can point back to a line of a source file.
 */
package io.saleslens.ingest;
