/**
 * {@code saleslens watch}: polls a data folder and starts a run when its files' contents changed, once every file has
 * been still for the settle time, so a file being copied is never read half.
 */
package io.saleslens.watch;
