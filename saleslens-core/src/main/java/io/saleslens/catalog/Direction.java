package io.saleslens.catalog;

/** Which way a change of the metric is good news. */
public enum Direction {
    UP,
    DOWN,
    /** Neither: a change is worth showing but is not favourable or unfavourable in itself (an order count of lines). */
    NONE
}
