package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Month-on-month and year-on-year growth of revenue in the last complete month (partial months are
 * never compared). Descriptive: significance 1; impact = the size of the month-on-month change as a
 * share of the previous month's revenue (capped at 1).
 */
final class GrowthRule implements InsightRule {
    static final String TYPE = "growth";
    static final String MONTHLY = "/monthly";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode monthly = input.metrics().at(MONTHLY);
        List<Integer> complete = JsonFacts.completeMonthIndexes(monthly);
        if (complete.size() < 2) {
            return List.of();
        }
        int last = complete.get(complete.size() - 1);
        int previous = complete.get(complete.size() - 2);
        double lastRevenue = monthly.get(last).path("revenue").asDouble();
        double previousRevenue = monthly.get(previous).path("revenue").asDouble();
        if (previousRevenue <= 0) {
            return List.of();
        }
        DerivedFigures derived = input.derived(TYPE);
        double change = lastRevenue - previousRevenue;
        InsightBuilder builder = insight(TYPE, "revenue").impact(change / previousRevenue)
                .attribute("direction", change >= 0 ? "up" : "down")
                .figure("month", metrics(pointer(MONTHLY, last, "month"), FigureFormat.TEXT))
                .figure("revenue", metrics(pointer(MONTHLY, last, "revenue"), FigureFormat.MONEY))
                .figure("previous_month", metrics(pointer(MONTHLY, previous, "month"), FigureFormat.TEXT))
                .figure("change", derived.money("mom_change", change))
                .figure("mom", derived.share("mom_growth", change / previousRevenue));
        String text = "Revenue in {month} was {revenue}, {mom} month on month against {previous_month} ({change}).";
        int yearAgo = sameMonthYearBefore(monthly, last);
        if (yearAgo >= 0 && monthly.get(yearAgo).path("revenue").asDouble() > 0) {
            double yearAgoRevenue = monthly.get(yearAgo).path("revenue").asDouble();
            builder.figure("year_ago_month", metrics(pointer(MONTHLY, yearAgo, "month"), FigureFormat.TEXT))
                    .figure("yoy", derived.share("yoy_growth", (lastRevenue - yearAgoRevenue) / yearAgoRevenue));
            text += " Year on year against {year_ago_month}: {yoy}.";
        }
        return List.of(builder.text(text).build());
    }

    /** The index of the same calendar month a year earlier, when the series holds it as a complete month. */
    private static int sameMonthYearBefore(JsonNode monthly, int index) {
        String month = monthly.get(index).path("month").asText();
        if (!month.matches("\\d{4}-\\d{2}")) {
            return -1;
        }
        String target = (Integer.parseInt(month.substring(0, 4)) - 1) + month.substring(4);
        for (int i = 0; i < index; i++) {
            if (monthly.get(i).path("month").asText().equals(target) && !monthly.get(i).path("partial").asBoolean()) {
                return i;
            }
        }
        return -1;
    }
}
