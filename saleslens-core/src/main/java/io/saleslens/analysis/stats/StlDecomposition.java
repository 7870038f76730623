package io.saleslens.analysis.stats;

import com.github.servicenow.ds.stats.stl.SeasonalTrendLoess;

/**
 * Seasonal-trend decomposition by loess (Cleveland et al. 1990) for monthly series, a thin wrapper
 * over stl-decomp-4j with the settings this package relies on.
 */
public final class StlDecomposition {

    /** Months per seasonal cycle. */
    public static final int MONTHLY_PERIOD = 12;

    /** STL cannot separate a cycle it has seen only once. */
    public static final int MINIMUM_LENGTH = 2 * MONTHLY_PERIOD;

    private StlDecomposition() {}

    /**
     * Decomposes a monthly series of at least {@link #MINIMUM_LENGTH} values.
     *
     * <p>The seasonal part is "periodic" (the same shape every year). With the two to five years a
     * sales export usually holds, a seasonal smoother that may drift between years would have two
     * points per month to fit and would swallow the noise, making any series look seasonal.
     *
     * <p>The fit is not robust. With only a few values per calendar month, robust STL's bisquare
     * weights fit most points tightly and leave ordinary noise months with large remainders: on
     * seeded 48-month test series about 6% of clean points crossed the 3 x MAD line of {@link
     * Anomalies}, against under 1% without robustness. The price is that one exceptional month leaks
     * 1/years of its size into that month's seasonal value, so the same month in other years shows a
     * remainder of the opposite sign.
     */
    public static Decomposition monthly(double[] values) {
        double[] series = InputChecks.finiteCopy(values, "monthly values", MINIMUM_LENGTH);
        SeasonalTrendLoess.Decomposition stl = new SeasonalTrendLoess.Builder()
                .setPeriodLength(MONTHLY_PERIOD)
                .setPeriodic()
                .setNonRobust()
                .buildSmoother(series)
                .decompose();
        return new Decomposition(
                InputChecks.toList(stl.getTrend()),
                InputChecks.toList(stl.getSeasonal()),
                InputChecks.toList(stl.getResidual()));
    }
}
