package io.saleslens.catalog;

/** What a metric's number measures, so changes and targets are written in its terms. */
public enum Unit {
    CURRENCY,
    COUNT,
    /** A fraction from 0 to 1 (a share, a pass rate, a score). */
    RATIO,
    PERCENT,
    DAYS,
    /** A calendar date, held as text (ISO), compared by days. */
    DATE
}
