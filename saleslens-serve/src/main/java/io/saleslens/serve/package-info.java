/**
 * {@code saleslens serve}: the live site over an output folder. Server-rendered pages (home, runs, a run, history) and
 * a JSON API, read from the published run folders and the history database; read-only, apart from the anonymous page
 * view counts it keeps in the history database.
 */
package io.saleslens.serve;
