package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seasonal peak, only when the analysis stage's {@code seasonality} test established seasonality
 * ({@code detected}); never claimed otherwise. The peak months' share of revenue over complete months is
 * derived here. Significance 1 (the test's thresholds already decided); impact = that share. When the test
 * ran and did not establish seasonality, the insight says so with the test's reason (attribute
 * {@code established: false}, impact = the measured seasonal strength), so no report plans on a peak.
 */
final class SeasonalPeakRule implements InsightRule {
    static final String TYPE = "seasonal_peak";
    static final String SEASONALITY = "/seasonality";
    static final String DETECTED = SEASONALITY + "/detected";
    static final String PEAK_MONTHS = SEASONALITY + "/peak_months";
    static final String STRENGTH = SEASONALITY + "/strength";
    static final String ACF = SEASONALITY + "/acf_lag12";
    static final String REASON = SEASONALITY + "/reason";
    static final String MONTHS_USED = SEASONALITY + "/months_used";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        JsonNode metrics = input.metrics();
        if (metrics.at(DETECTED).isBoolean()
                && !metrics.at(DETECTED).asBoolean()
                && metrics.at(REASON).isTextual()) {
            InsightBuilder builder = insight(TYPE, "revenue")
                    .impact(metrics.at(STRENGTH).asDouble())
                    .attribute("established", "false")
                    .figure("reason", metrics(REASON, FigureFormat.TEXT));
            if (JsonFacts.isNumber(metrics.at(MONTHS_USED))) {
                return List.of(builder.figure("months", metrics(MONTHS_USED, FigureFormat.COUNT))
                        .text("No seasonal peak is claimed: {months} complete months do not show a yearly pattern"
                                + " reliable enough to plan on.")
                        .method("Seasonality is not established: {reason}.")
                        .build());
            }
            return List.of(builder.text(
                            "No seasonal peak is claimed: the data does not show a yearly pattern reliable enough to"
                                    + " plan on.")
                    .method("Seasonality is not established: {reason}.")
                    .build());
        }
        if (!metrics.at(DETECTED).asBoolean()
                || !metrics.at(PEAK_MONTHS).isArray()
                || metrics.at(PEAK_MONTHS).isEmpty()) {
            return List.of();
        }
        Set<Integer> peaks = new HashSet<>();
        metrics.at(PEAK_MONTHS).forEach(month -> peaks.add(month.asInt()));
        JsonNode monthly = metrics.at("/monthly");
        double peakRevenue = 0;
        double revenue = 0;
        for (int index : JsonFacts.completeMonthIndexes(monthly)) {
            JsonNode month = monthly.get(index);
            double value = month.path("revenue").asDouble();
            revenue += value;
            String label = month.path("month").asText();
            if (label.length() >= 7 && peaks.contains(Integer.parseInt(label.substring(5, 7)))) {
                peakRevenue += value;
            }
        }
        if (revenue <= 0) {
            return List.of();
        }
        double share = peakRevenue / revenue;
        return List.of(insight(TYPE, "revenue")
                .impact(share)
                .attribute("established", "true")
                .text("Revenue follows a yearly pattern: it peaks in {peaks}, which bring {share} of revenue in"
                        + " complete months.")
                .method("Seasonality is established: the seasonal part of an STL decomposition has strength"
                        + " {strength}, and revenue correlates with revenue twelve months earlier at {acf}, both"
                        + " above their thresholds.")
                .figure("strength", metrics(STRENGTH, FigureFormat.DECIMAL2))
                .figure("acf", metrics(ACF, FigureFormat.DECIMAL2))
                .figure("peaks", metrics(PEAK_MONTHS, FigureFormat.MONTH_NAMES))
                .figure("share", input.derived(TYPE).share("peak_months_share", share))
                .build());
    }
}
