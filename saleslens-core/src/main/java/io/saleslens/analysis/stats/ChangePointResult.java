package io.saleslens.analysis.stats;

/**
 * Outcome of {@link ChangePoint#pettitt(double[])}.
 *
 * @param index position of the first value at the new level (values before it form the old level)
 * @param statisticK Pettitt's K, the largest |U_t|
 * @param pValue approximate two-sided p-value of K
 * @param meanBefore mean of the values before {@code index}
 * @param meanAfter mean of the values from {@code index} on
 * @param significant whether {@code pValue} is below {@link ChangePoint#ALPHA}
 */
public record ChangePointResult(
        int index, double statisticK, double pValue, double meanBefore, double meanAfter, boolean significant) {

    public ChangePointResult {
        if (index < 1) {
            throw new IllegalArgumentException("index must be at least 1, got " + index);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in 0..1, got " + pValue);
        }
    }

    /** Size of the shift, after minus before. */
    public double shift() {
        return meanAfter - meanBefore;
    }
}
