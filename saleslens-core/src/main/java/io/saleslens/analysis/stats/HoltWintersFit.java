package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * One Holt-Winters model (level, trend and 12 seasonal states) fitted to a monthly series by
 * minimising the sum of squared one-step-ahead errors.
 *
 * <p>States start from the first two years: the trend from the difference of their means, the
 * level from the first year's mean moved to its last month, the seasonal values from the first
 * year around that trend line. Errors are counted from month 13 on, so the first year only seeds.
 */
final class HoltWintersFit {

    static final int PERIOD = 12;

    private static final double[] GRID = {0.1, 0.3, 0.5, 0.7, 0.9};
    private static final double SMALLEST_PARAMETER = 1e-4;
    private static final int MAX_EVALUATIONS = 3000;

    final SeasonalForm form;
    final double alpha;
    final double beta;
    final double gamma;
    final double sse;
    /** One-step errors divided by their forecasts; what the multiplicative intervals scale by. */
    final double[] relativeErrors;

    private final double level;
    private final double trend;
    private final double[] seasonal;
    private final int length;

    private HoltWintersFit(
            SeasonalForm form,
            double[] parameters,
            double sse,
            double[] relativeErrors,
            double level,
            double trend,
            double[] seasonal,
            int length) {
        this.form = requireNonNull(form, "form is null");
        this.alpha = parameters[0];
        this.beta = parameters[1];
        this.gamma = parameters[2];
        this.sse = sse;
        this.relativeErrors = relativeErrors;
        this.level = level;
        this.trend = trend;
        this.seasonal = seasonal;
        this.length = length;
    }

    /**
     * Fits smoothing parameters in (0, 1): the best point of a coarse grid, refined by Nelder-Mead on
     * logit-transformed parameters so the search cannot leave the unit cube. Returns null when the
     * form cannot describe the series (multiplicative with a value or trend line at or below zero).
     */
    static HoltWintersFit fit(double[] values, SeasonalForm form) {
        if (values.length < 2 * PERIOD) {
            throw new IllegalArgumentException("needs at least 24 values, got " + values.length);
        }
        double[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (double a : GRID) {
            for (double b : GRID) {
                for (double g : GRID) {
                    double candidate = filter(values, form, new double[] {a, b, g}).sse;
                    if (candidate < bestSse) {
                        bestSse = candidate;
                        best = new double[] {a, b, g};
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        double[] refined = refine(values, form, best);
        HoltWintersFit gridFit = filter(values, form, best);
        HoltWintersFit refinedFit = filter(values, form, refined);
        return refinedFit.sse <= gridFit.sse ? refinedFit : gridFit;
    }

    private static double[] refine(double[] values, SeasonalForm form, double[] start) {
        double[] logits = Arrays.stream(start).map(p -> Math.log(p / (1 - p))).toArray();
        try {
            PointValuePair optimum = new SimplexOptimizer(1e-10, 1e-12)
                    .optimize(
                            new MaxEval(MAX_EVALUATIONS),
                            new ObjectiveFunction(u -> filter(values, form, toUnit(u)).sse),
                            GoalType.MINIMIZE,
                            new InitialGuess(logits),
                            new NelderMeadSimplex(3));
            return toUnit(optimum.getPoint());
        } catch (TooManyEvaluationsException notConverged) {
            // The grid point is a fit in its own right; an unfinished refinement is no reason to fail.
            return start;
        }
    }

    private static double[] toUnit(double[] logits) {
        return Arrays.stream(logits)
                .map(u -> 1 / (1 + Math.exp(-u)))
                .map(p -> Math.min(1 - SMALLEST_PARAMETER, Math.max(SMALLEST_PARAMETER, p)))
                .toArray();
    }

    /** Runs the smoothing recursions once; SSE is infinite when the form breaks down. */
    static HoltWintersFit filter(double[] values, SeasonalForm form, double[] parameters) {
        double a = parameters[0];
        double b = parameters[1];
        double g = parameters[2];
        boolean additive = form == SeasonalForm.ADDITIVE;
        double firstMean = Arrays.stream(values, 0, PERIOD).average().orElseThrow();
        double secondMean = Arrays.stream(values, PERIOD, 2 * PERIOD).average().orElseThrow();
        double trend = (secondMean - firstMean) / PERIOD;
        double level = firstMean + trend * (PERIOD - 1) / 2.0;
        double[] seasonal = new double[PERIOD];
        for (int i = 0; i < PERIOD; i++) {
            double trendLine = firstMean + trend * (i - (PERIOD - 1) / 2.0);
            if (!additive && (trendLine <= 0 || values[i] <= 0)) {
                return broken(form, parameters, values.length);
            }
            seasonal[i] = additive ? values[i] - trendLine : values[i] / trendLine;
        }
        double sse = 0;
        double[] relativeErrors = new double[values.length - PERIOD];
        for (int t = PERIOD; t < values.length; t++) {
            double season = seasonal[t % PERIOD];
            double forecast = additive ? level + trend + season : (level + trend) * season;
            double error = values[t] - forecast;
            sse += error * error;
            relativeErrors[t - PERIOD] = error / forecast;
            double newLevel = additive
                    ? a * (values[t] - season) + (1 - a) * (level + trend)
                    : a * values[t] / season + (1 - a) * (level + trend);
            if (!additive && !(newLevel > 0)) {
                return broken(form, parameters, values.length);
            }
            trend = b * (newLevel - level) + (1 - b) * trend;
            level = newLevel;
            seasonal[t % PERIOD] =
                    additive ? g * (values[t] - level) + (1 - g) * season : g * values[t] / level + (1 - g) * season;
        }
        return new HoltWintersFit(form, parameters.clone(), sse, relativeErrors, level, trend, seasonal, values.length);
    }

    private static HoltWintersFit broken(SeasonalForm form, double[] parameters, int length) {
        return new HoltWintersFit(
                form, parameters.clone(), Double.POSITIVE_INFINITY, new double[0], 0, 0, new double[PERIOD], length);
    }

    /** Point forecasts for the {@code horizon} months after the series. */
    double[] pointForecast(int horizon) {
        double[] forecast = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double season = seasonal[(length - 1 + h) % PERIOD];
            forecast[h - 1] = form == SeasonalForm.ADDITIVE ? level + h * trend + season : (level + h * trend) * season;
        }
        return forecast;
    }

    /** Number of one-step errors behind {@link #sse}. */
    int errorCount() {
        return length - PERIOD;
    }

    /**
     * Ratio of the h-step to the one-step forecast error variance for the additive model, 1 + sum of
     * c_j^2 for j = 1..h-1 with c_j = alpha (1 + j beta) + gamma (1 - alpha) [j divisible by 12]
     * (Hyndman et al. 2008, class 1 models; beta and gamma here are the Holt-Winters forms, which is
     * why they appear multiplied by alpha and 1 - alpha).
     */
    double varianceFactor(int horizon) {
        double factor = 1;
        for (int j = 1; j < horizon; j++) {
            double c = alpha * (1 + j * beta) + (j % PERIOD == 0 ? gamma * (1 - alpha) : 0);
            factor += c * c;
        }
        return factor;
    }
}
