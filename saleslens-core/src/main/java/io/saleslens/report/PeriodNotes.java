package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Whether seasonality was tested, and with what result: never a seasonal claim the run did not measure. */
final class PeriodNotes {
    private PeriodNotes() {}

    static String seasonality(JsonNode metrics) {
        JsonNode seasonality = metrics.path("seasonality");
        if (seasonality.isMissingNode()) {
            return "Seasonality was not tested in this run, so no seasonal pattern is claimed.";
        }
        if (seasonality.path("detected").asBoolean()) {
            return "Seasonality is established (STL strength "
                    + Figures.decimal(seasonality.path("strength").asDouble(), 2) + ", lag-12 autocorrelation "
                    + Figures.decimal(seasonality.path("acf_lag12").asDouble(), 2) + ").";
        }
        return "Seasonality is not established"
                + (seasonality.path("reason").isTextual()
                        ? ": " + Markdown.escape(seasonality.path("reason").asText())
                        : "")
                + ".";
    }
}
