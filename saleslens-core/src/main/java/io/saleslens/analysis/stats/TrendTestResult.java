package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

/**
 * Outcome of {@link MannKendall#test(double[])}.
 *
 * @param s Mann-Kendall S: concordant minus discordant pairs
 * @param varianceS variance of S under no trend, corrected for tied values
 * @param z continuity-corrected normal score of S
 * @param pValue two-sided p-value of z
 * @param direction the trend at the 5% level
 * @param theilSenSlope median pairwise slope, per step
 */
public record TrendTestResult(
        double s, double varianceS, double z, double pValue, TrendDirection direction, double theilSenSlope) {

    public TrendTestResult {
        requireNonNull(direction, "direction is null");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in 0..1, got " + pValue);
        }
        if (varianceS < 0) {
            throw new IllegalArgumentException("varianceS must be non-negative, got " + varianceS);
        }
    }
}
