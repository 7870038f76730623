package io.saleslens.report;

import static io.saleslens.report.Figures.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a reader must know about the period: partial months, undated records, and whether seasonality was tested. */
final class PeriodNotes {
    private PeriodNotes() {}

    static List<String> of(JsonNode metrics) {
        List<String> notes = new ArrayList<>();
        partialMonths(metrics).ifPresent(notes::add);
        long undated = metrics.path("totals").path("undated_records").asLong();
        if (undated > 0) {
            notes.add(count(undated) + " sales records have no valid order date; they count in the totals but not in the monthly series.");
        }
        notes.add(seasonality(metrics.path("seasonality")));
        return notes;
    }

    static Optional<String> partialMonths(JsonNode metrics) {
        List<String> partial = new ArrayList<>();
        for (JsonNode month : metrics.path("monthly")) {
            if (month.path("partial").asBoolean()) {
                partial.add(month.path("month").asText());
            }
        }
        if (partial.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the data covers " + String.join(" and ", partial) + " only in part; these months are marked in the"
                + " trend dashboard and are not comparable with full months.");
    }

    private static String seasonality(JsonNode seasonality) {
        if (seasonality.isMissingNode()) {
            return "Seasonality was not tested in this run, so no seasonal pattern is claimed.";
        }
        if (seasonality.path("detected").asBoolean()) {
            return "Seasonality is established (STL strength " + Figures.decimal(seasonality.path("strength").asDouble(), 2)
                    + ", lag-12 autocorrelation " + Figures.decimal(seasonality.path("acf_lag12").asDouble(), 2) + ").";
        }
        return "Seasonality is not established: " + Markdown.escape(seasonality.path("reason").asText()) + ".";
    }
}
