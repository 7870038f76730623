package io.saleslens.analysis.stats;

import java.util.Random;

/** Seeded synthetic monthly series with known structure, shared by the tests of this package. */
final class SyntheticSeries {

    private SyntheticSeries() {}

    /**
     * A level plus a cosine with its maximum in {@code peakMonth}, plus Gaussian noise.
     *
     * @param firstMonth calendar month of the first value
     */
    static double[] seasonal(
            int length, int firstMonth, int peakMonth, double level, double amplitude, double noise, long seed) {
        Random random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            int month = Math.floorMod(firstMonth - 1 + i, 12) + 1;
            double angle = 2 * Math.PI * (month - peakMonth) / 12.0;
            values[i] = level + amplitude * Math.cos(angle) + noise * random.nextGaussian();
        }
        return values;
    }

    static double[] whiteNoise(int length, double mean, double standardDeviation, long seed) {
        Random random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = mean + standardDeviation * random.nextGaussian();
        }
        return values;
    }

    static double[] linearTrend(int length, double intercept, double slope, double noise, long seed) {
        Random random = new Random(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = intercept + slope * i + noise * random.nextGaussian();
        }
        return values;
    }
}
