/**
 * Reports: department reports written from metrics.json and quality.json only, formatted one way
 * everywhere, rendered as Markdown and self-contained HTML.
 */
package io.saleslens.report;
