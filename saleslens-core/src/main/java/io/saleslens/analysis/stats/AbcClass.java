package io.saleslens.analysis.stats;

/** Pareto classes: A items carry most of the revenue, C items the long tail. */
public enum AbcClass {
    A,
    B,
    C
}
