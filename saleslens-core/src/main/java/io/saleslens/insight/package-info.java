/**
 * Insights: typed findings computed from metrics.json and quality.json only, each scored
 * (significance × impact), ranked, and citing the metric keys it uses. Figures a rule derives are
 * stored under the metrics key {@code insights}, so reports only format.
 */
package io.saleslens.insight;
