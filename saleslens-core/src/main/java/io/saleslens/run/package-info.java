/**
 * A run: its id, the pipeline of stages, the context they share, the manifest and the atomic
 * publication of the run folder.
 */
package io.saleslens.run;
