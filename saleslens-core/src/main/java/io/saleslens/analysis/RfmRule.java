package io.saleslens.analysis;

import static java.util.Objects.requireNonNull;

/**
 * One row of the RFM segment table: customers whose recency score lies in {@code rMin..rMax} and
 * whose frequency score lies in {@code fMin..fMax} belong to {@code segment}, unless an earlier rule
 * took them.
 */
record RfmRule(String segment, int rMin, int rMax, int fMin, int fMax) {
    static final int LOWEST_SCORE = 1;
    static final int HIGHEST_SCORE = 5;

    RfmRule {
        requireNonNull(segment, "segment is null");
        if (segment.isBlank()) {
            throw new IllegalArgumentException("segment name is blank");
        }
        checkRange(segment, "r", rMin, rMax);
        checkRange(segment, "f", fMin, fMax);
    }

    private static void checkRange(String segment, String score, int min, int max) {
        if (min < LOWEST_SCORE || max > HIGHEST_SCORE || min > max) {
            throw new IllegalArgumentException("segment " + segment + ": " + score + " range [" + min + ", " + max
                    + "] must lie within 1..5 with the lower bound first");
        }
    }

    boolean matches(int recencyScore, int frequencyScore) {
        return recencyScore >= rMin && recencyScore <= rMax && frequencyScore >= fMin && frequencyScore <= fMax;
    }

    /** True when the rule takes every customer whatever the scores: the catch-all that must come last. */
    boolean coversEveryScore() {
        return rMin == LOWEST_SCORE && rMax == HIGHEST_SCORE && fMin == LOWEST_SCORE && fMax == HIGHEST_SCORE;
    }
}
