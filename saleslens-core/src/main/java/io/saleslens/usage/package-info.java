/**
 * How much the live site is used: the page views the site counted in the history database over the month up to a run,
 * written into the run's usage.json, which the executive report's dashboard utilisation reads.
 */
package io.saleslens.usage;
