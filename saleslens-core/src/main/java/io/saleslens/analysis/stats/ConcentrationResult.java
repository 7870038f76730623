package io.saleslens.analysis.stats;

/**
 * Outcome of {@link Concentration#of(double[])}.
 *
 * @param gini Gini coefficient, 0 (all equal) up to (n-1)/n (one item holds everything)
 * @param hhi Herfindahl-Hirschman index on the 0..1 scale (shares as fractions)
 * @param topItemCount number of items counted as the top 20%
 * @param topShare share of the total held by those items, 0..1
 */
public record ConcentrationResult(double gini, double hhi, int topItemCount, double topShare) {

    public ConcentrationResult {
        if (!(gini >= 0 && gini <= 1)) {
            throw new IllegalArgumentException("gini must be in 0..1, got " + gini);
        }
        if (!(hhi > 0 && hhi <= 1)) {
            throw new IllegalArgumentException("hhi must be in (0, 1], got " + hhi);
        }
        if (topItemCount < 1) {
            throw new IllegalArgumentException("topItemCount must be at least 1, got " + topItemCount);
        }
        if (!(topShare >= 0 && topShare <= 1)) {
            throw new IllegalArgumentException("topShare must be in 0..1, got " + topShare);
        }
    }
}
