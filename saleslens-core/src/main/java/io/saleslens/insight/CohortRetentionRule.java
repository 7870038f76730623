package io.saleslens.insight;

import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Cohort retention from the analysis stage's {@code cohorts} (rows of {cohort, customers, retention:
 * [share active in month 0, 1, 2, …]}): the customer-weighted retention in the month after the first
 * purchase is derived here. Descriptive: significance 1; impact = the share of customers not retained.
 */
final class CohortRetentionRule implements InsightRule {
    static final String TYPE = "cohort_retention";
    static final String COHORTS = "/cohorts";
    static final int MONTH_AFTER = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        double customers = 0;
        double retained = 0;
        long cohorts = 0;
        for (JsonNode cohort : JsonFacts.rows(input.metrics().at(COHORTS))) {
            JsonNode rate = cohort.path("retention").path(MONTH_AFTER);
            if (JsonFacts.isNumber(rate) && cohort.path("customers").asDouble() > 0) {
                customers += cohort.path("customers").asDouble();
                retained += cohort.path("customers").asDouble() * rate.asDouble();
                cohorts++;
            }
        }
        if (customers <= 0) {
            return List.of();
        }
        double retention = retained / customers;
        DerivedFigures derived = input.derived(TYPE);
        return List.of(insight(TYPE, "second_month")
                .impact(1 - retention)
                .text(
                        "Across {cohorts} monthly cohorts, {retention} of new customers buy again in the month after their first purchase.")
                .figure("cohorts", derived.count("cohorts_measured", cohorts))
                .figure("retention", derived.share("second_month_retention", retention))
                .build());
    }
}
