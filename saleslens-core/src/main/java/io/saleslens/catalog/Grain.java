package io.saleslens.catalog;

/** What one value of a metric belongs to: the whole run, or one member of a dimension. */
public enum Grain {
    RUN,
    SEGMENT,
    CATEGORY,
    PRODUCT,
    COUNTRY,
    MONTH,
    SOURCE,
    CHECK
}
