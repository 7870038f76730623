package io.saleslens.analysis.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Outcome of {@link HoltWinters#forecast(double[], int)}. When {@code available} is false every
 * list is empty, {@code model} is "none" and {@code reason} says why.
 *
 * @param available whether a forecast was made
 * @param model "additive" or "multiplicative" (the seasonal form chosen), or "none"
 * @param point point forecasts for the months after the series
 * @param lower80 lower bound of the 80% prediction interval
 * @param upper80 upper bound of the 80% prediction interval
 * @param lower95 lower bound of the 95% prediction interval
 * @param upper95 upper bound of the 95% prediction interval
 * @param backtestMape mean absolute percentage error, in percent, of a 6-month forecast made
 *     without the last 6 months; NaN when the series was too short or an actual was zero
 * @param reason how the model was chosen, or why there is no forecast or back-test
 */
public record ForecastResult(
        boolean available,
        String model,
        List<Double> point,
        List<Double> lower80,
        List<Double> upper80,
        List<Double> lower95,
        List<Double> upper95,
        double backtestMape,
        String reason) {

    public ForecastResult {
        requireNonNull(model, "model is null");
        point = List.copyOf(requireNonNull(point, "point is null"));
        lower80 = List.copyOf(requireNonNull(lower80, "lower80 is null"));
        upper80 = List.copyOf(requireNonNull(upper80, "upper80 is null"));
        lower95 = List.copyOf(requireNonNull(lower95, "lower95 is null"));
        upper95 = List.copyOf(requireNonNull(upper95, "upper95 is null"));
        requireNonNull(reason, "reason is null");
        int horizon = point.size();
        if (lower80.size() != horizon
                || upper80.size() != horizon
                || lower95.size() != horizon
                || upper95.size() != horizon) {
            throw new IllegalArgumentException("interval bounds must have " + horizon + " values each");
        }
        if (!available && horizon > 0) {
            throw new IllegalArgumentException("an unavailable forecast cannot carry values");
        }
    }

    static ForecastResult unavailable(String reason) {
        return new ForecastResult(
                false, "none", List.of(), List.of(), List.of(), List.of(), List.of(), Double.NaN, reason);
    }

    public int horizon() {
        return point.size();
    }
}
