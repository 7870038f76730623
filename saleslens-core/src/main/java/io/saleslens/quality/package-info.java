/** Data quality: what the checks and the cleaning found, summarised for quality.json. */
package io.saleslens.quality;
