package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether seasonality was tested, and with what result, in plain words: never a seasonal claim the run did not
 * measure.
 */
final class PeriodNotes {
    private PeriodNotes() {}

    static String seasonality(JsonNode metrics) {
        JsonNode seasonality = metrics.path("seasonality");
        if (seasonality.isMissingNode()) {
            return "Seasonality was not tested in this run, so no seasonal pattern is claimed.";
        }
        // The Scope paragraph speaks to the reader; the test's statistics stay in metrics.json (seasonality) and in
        // the seasonality insight's "How we know" note.
        if (seasonality.path("detected").asBoolean()) {
            return "Seasonality is established: revenue repeats a yearly pattern (the test's figures are in"
                    + " metrics.json, `seasonality`).";
        }
        return "Seasonality is not established: these months show no yearly pattern clear enough to plan on"
                + (seasonality.path("reason").isTextual()
                        ? " (the test's reason is in metrics.json, `seasonality.reason`)"
                        : "")
                + ".";
    }
}
