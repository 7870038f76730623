/**
 * Campaign measurement: the spec's {@code campaigns:} compared over their windows, treated customers against their
 * holdout (or, without one, against untargeted customers of the same RFM segments, a weaker design). The engine finds
 * who ordered, how often and for how much; Java only turns the per-group summaries into lifts with 95 % intervals.
 */
package io.saleslens.campaign;
