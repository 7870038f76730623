package io.saleslens.catalog;

/**
 * How a figure of calendar months makes the figure of a longer period. Only a figure whose months add up to the
 * period's (revenue, orders, first-time customers) can be given a target for a quarter or a year; a monthly count of
 * distinct customers or an average per order cannot, so the catalogue names the former and leaves the latter without.
 */
public enum PeriodTotal {
    /** The period's figure is the sum of its months' values. */
    SUM
}
