package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A risk: what the period does not cover. Months the data covers only in part (impact = their revenue
 * share), records without a valid order date (impact = their share of records), and a history shorter
 * than {@value #SEASONAL_HISTORY_MONTHS} complete months, too short to confirm a yearly pattern twice
 * (impact 1: it concerns every time-based figure). Descriptive: significance 1.
 */
final class PeriodCoverageRule implements InsightRule {
    static final String TYPE = "period_coverage";
    static final int SEASONAL_HISTORY_MONTHS = 24;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode monthly = input.metrics().at("/monthly");
        if (!monthly.isArray() || monthly.isEmpty()) {
            return List.of();
        }
        List<Insight> insights = new ArrayList<>();
        DerivedFigures derived = input.derived(TYPE);
        List<String> partial = new ArrayList<>();
        double partialRevenue = 0;
        double revenue = 0;
        for (JsonNode month : monthly) {
            revenue += month.path("revenue").asDouble();
            if (month.path("partial").asBoolean()) {
                partial.add(month.path("month").asText());
                partialRevenue += month.path("revenue").asDouble();
            }
        }
        if (!partial.isEmpty() && revenue > 0) {
            insights.add(insight(TYPE, "partial_months")
                    .impact(partialRevenue / revenue)
                    .text(
                            "Partial periods: the data covers {months} only in part ({revenue}); they are not comparable with full months.")
                    .figure("months", derived.text("partial_months", String.join(" and ", partial)))
                    .figure("revenue", derived.money("partial_months_revenue", partialRevenue))
                    .build());
        }
        long undated = input.metrics().at("/totals/undated_records").asLong();
        long records = input.metrics().at("/totals/sales_records").asLong();
        if (undated > 0 && records > 0) {
            insights.add(insight(TYPE, "undated_records")
                    .impact((double) undated / records)
                    .text(
                            "{undated} sales records have no valid order date; they count in the totals but not in the monthly series.")
                    .figure("undated", metrics("/totals/undated_records", FigureFormat.COUNT))
                    .build());
        }
        int complete = JsonFacts.completeMonthIndexes(monthly).size();
        FigureRef completeRef = derived.count("complete_months", complete);
        if (complete < SEASONAL_HISTORY_MONTHS) {
            insights.add(insight(TYPE, "short_history")
                    .impact(1)
                    .text(
                            "Short history: {complete} complete months, fewer than the {needed} needed to see a yearly pattern twice.")
                    .figure("complete", completeRef)
                    .figure("needed", derived.count("months_needed_for_seasonality", SEASONAL_HISTORY_MONTHS))
                    .build());
        }
        return insights;
    }
}
