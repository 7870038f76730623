/**
 * Which spec a run on a data folder uses: the one named on the command line, the folder's own, a shipped preset that
 * recognises the folder, or one inferred from its files. Sits above {@code spec} and {@code infer}, which know nothing
 * of each other.
 */
package io.saleslens.resolve;
