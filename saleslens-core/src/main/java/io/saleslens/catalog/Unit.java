package io.saleslens.catalog;

/** What a metric's number measures, so changes and targets are written in its terms. */
public enum Unit {
    CURRENCY,
    COUNT,
    /** A fraction from 0 to 1 (a share, a pass rate, a score). */
    RATIO,
    PERCENT,
    /** A relative change, (current - previous) / previous: 0.05 is 5% more, -1 is all gone. */
    RELATIVE_CHANGE,
    /** A plain number that is neither money nor a count: an average count per order or customer, a mean score. */
    NUMBER,
    DAYS,
    /** A calendar date, held as text (ISO), compared by days. */
    DATE
}
