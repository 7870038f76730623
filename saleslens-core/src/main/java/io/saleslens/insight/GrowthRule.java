package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Revenue growth of the last complete month from the analysis stage's {@code growth}: month over month
 * and, when available, year over year and the last complete year against the one before (partial months
 * are never compared). Descriptive: significance 1; impact = the size of the month-on-month growth
 * (capped at 1).
 */
final class GrowthRule implements InsightRule {
    static final String TYPE = "growth";
    static final String MOM = "/growth/month_over_month";
    static final String YOY = "/growth/year_over_year";
    static final String YEAR = "/growth/last_complete_year";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode metrics = input.metrics();
        if (!available(metrics, MOM)) {
            return List.of();
        }
        double growth = metrics.at(MOM + "/revenue/growth").asDouble();
        InsightBuilder builder = insight(TYPE, "revenue")
                .impact(growth)
                .attribute("direction", growth >= 0 ? "up" : "down")
                .figure("month", metrics(MOM + "/current_period", FigureFormat.TEXT))
                .figure("revenue", metrics(MOM + "/revenue/current", FigureFormat.MONEY))
                .figure("previous_month", metrics(MOM + "/previous_period", FigureFormat.TEXT))
                .figure("previous", metrics(MOM + "/revenue/previous", FigureFormat.MONEY))
                .figure("mom", metrics(MOM + "/revenue/growth", FigureFormat.PERCENT));
        String text = "Revenue in {month} was {revenue}, {mom} month on month against {previous_month} ({previous}).";
        if (available(metrics, YOY)) {
            builder.figure("year_ago_month", metrics(YOY + "/previous_period", FigureFormat.TEXT))
                    .figure("year_ago", metrics(YOY + "/revenue/previous", FigureFormat.MONEY))
                    .figure("yoy", metrics(YOY + "/revenue/growth", FigureFormat.PERCENT));
            text += " Year on year against {year_ago_month} ({year_ago}): {yoy}.";
        }
        if (available(metrics, YEAR)) {
            builder.figure("year", metrics(YEAR + "/current_period", FigureFormat.TEXT))
                    .figure("year_revenue", metrics(YEAR + "/revenue/current", FigureFormat.MONEY))
                    .figure("year_growth", metrics(YEAR + "/revenue/growth", FigureFormat.PERCENT));
            text += " Over {year}, revenue was {year_revenue} ({year_growth} on the year before).";
        }
        return List.of(builder.text(text).build());
    }

    private static boolean available(JsonNode metrics, String period) {
        return metrics.at(period + "/available").asBoolean()
                && JsonFacts.isNumber(metrics.at(period + "/revenue/growth"))
                && metrics.at(period + "/current_period").isTextual();
    }
}
