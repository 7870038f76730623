/**
 * Targets of the spec against the run's figures: for each, the actual of its month, quarter or year summed from the
 * monthly values of metrics.json, the previous period's figure as the baseline, the gap, and whether it was met or, for
 * a period in progress, is on track at straight-line pace. Written as targets.json and handed on to the reports.
 */
package io.saleslens.targets;
