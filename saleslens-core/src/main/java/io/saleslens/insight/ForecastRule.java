package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The revenue forecast from the analysis stage's {@code forecast}. When {@code available}: the first
 * month's point and 80% interval from {@code months}, and the back-test MAPE (significance = 1 − MAPE,
 * 0 when the error exceeds 100%; impact 1). When withheld: the reason, so a report says there is no
 * forecast and why (attribute {@code available: false}; significance 1, impact 0.5, a caveat rather than a finding).
 */
final class ForecastRule implements InsightRule {
    static final String TYPE = "forecast";
    static final String FORECAST = "/forecast";
    static final String FIRST_MONTH = FORECAST + "/months/0";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode forecast = input.metrics().at(FORECAST);
        if (!forecast.path("available").isBoolean()) {
            return List.of();
        }
        if (!forecast.path("available").asBoolean()) {
            if (!forecast.path("reason").isTextual()) {
                return List.of();
            }
            return List.of(insight(TYPE, "revenue")
                    .impact(0.5)
                    .attribute("available", "false")
                    .text("No revenue forecast is given for this run: the monthly series does not support one yet.")
                    .method("{reason}.")
                    .figure("reason", metrics(FORECAST + "/reason", FigureFormat.TEXT))
                    .build());
        }
        JsonNode first = forecast.path("months").path(0);
        JsonNode mape = forecast.path("backtest_mape_percent");
        if (!JsonFacts.isNumber(first.path("point"))
                || !JsonFacts.isNumber(first.path("lower80"))
                || !JsonFacts.isNumber(first.path("upper80"))
                || !JsonFacts.isNumber(mape)) {
            return List.of();
        }
        double error = mape.asDouble() / 100;
        return List.of(insight(TYPE, "revenue")
                .significance(Math.max(0, 1 - error))
                .impact(1)
                .attribute("available", "true")
                .text("Revenue for {month} is expected to be about {point}, most likely between {lower} and {upper}.")
                .method(
                        "A forecast model ({model}) fitted to the monthly series gives the point and its {level} prediction"
                                + " interval; on the last complete months, held back and forecast, it was off by {mape} on"
                                + " average (MAPE)."
                                + (forecast.path("clipped_at_zero").asBoolean()
                                        ? " Where the model's interval reached below zero, it is cut at"
                                                + " zero: revenue cannot be negative."
                                        : ""))
                .figure("model", metrics(FORECAST + "/model", FigureFormat.TEXT))
                .figure("month", metrics(FIRST_MONTH + "/month", FigureFormat.TEXT))
                .figure("point", metrics(FIRST_MONTH + "/point", FigureFormat.MONEY))
                .figure("lower", metrics(FIRST_MONTH + "/lower80", FigureFormat.MONEY))
                .figure("upper", metrics(FIRST_MONTH + "/upper80", FigureFormat.MONEY))
                .figure("level", input.derived(TYPE).share("interval_level", 0.8))
                .figure("mape", input.derived(TYPE).share("backtest_mape", error))
                .build());
    }
}
