package io.saleslens.analysis.stats;

/** Direction of a monotonic trend that a test found, or {@link #NONE} when it found none. */
public enum TrendDirection {
    INCREASING,
    DECREASING,
    NONE
}
