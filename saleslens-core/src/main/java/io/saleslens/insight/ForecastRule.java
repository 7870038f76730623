package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The next month's revenue forecast from the analysis stage's {@code forecast} (model, point,
 * lower80/upper80, backtest_mape), only when {@code available}. A point list may hold numbers or
 * objects with {@code value}. Significance = 1 − back-test MAPE (0 when the error exceeds 100%);
 * impact 1 (it concerns all revenue).
 */
final class ForecastRule implements InsightRule {
    static final String TYPE = "forecast";
    static final String FORECAST = "/forecast";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode forecast = input.metrics().at(FORECAST);
        if (!forecast.path("available").asBoolean()) {
            return List.of();
        }
        String point = valuePointer(forecast, "point");
        String lower = valuePointer(forecast, "lower80");
        String upper = valuePointer(forecast, "upper80");
        JsonNode mape = forecast.path("backtest_mape");
        if (point == null || lower == null || upper == null || !JsonFacts.isNumber(mape)) {
            return List.of();
        }
        InsightBuilder builder = insight(TYPE, "revenue").significance(Math.max(0, 1 - mape.asDouble())).impact(1)
                .figure("model", metrics(FORECAST + "/model", FigureFormat.TEXT))
                .figure("point", metrics(point, FigureFormat.MONEY))
                .figure("lower", metrics(lower, FigureFormat.MONEY))
                .figure("upper", metrics(upper, FigureFormat.MONEY))
                .figure("level", input.derived(TYPE).share("interval_level", 0.8))
                .figure("mape", metrics(FORECAST + "/backtest_mape", FigureFormat.PERCENT));
        return List.of(builder.text("The {model} forecast for the next month is {point} ({level} interval {lower} to {upper});"
                + " its back-test error (MAPE) is {mape}.").build());
    }

    /** The pointer to the first value of a forecast series, whether it holds numbers or {value} objects. */
    private static String valuePointer(JsonNode forecast, String field) {
        JsonNode first = forecast.path(field).path(0);
        if (JsonFacts.isNumber(first)) {
            return FORECAST + "/" + field + "/0";
        }
        if (JsonFacts.isNumber(first.path("value"))) {
            return FORECAST + "/" + field + "/0/value";
        }
        return JsonFacts.isNumber(forecast.path(field)) ? FORECAST + "/" + field : null;
    }
}
