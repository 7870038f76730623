package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.percent;

import com.fasterxml.jackson.databind.JsonNode;

/** The scope's sentence on data quality: the measured score when there is one, never a claim without it. */
final class QualitySentence {
    private QualitySentence() {}

    static String of(JsonNode quality) {
        JsonNode score = quality.path("score").path("overall");
        JsonNode summary = quality.path("summary");
        String cleaning = summary.isMissingNode()
                ? ""
                : " Cleaning quarantined " + count(summary.path("quarantined").asLong())
                        + " rows, merged "
                        + count(summary.path("duplicates_merged").asLong()) + " duplicates and repaired "
                        + count(summary.path("repaired").asLong()) + " rows of "
                        + count(summary.path("rows_in").asLong()) + " source rows"
                        + (summary.path("filtered").asLong() > 0
                                ? "; the spec's row filter kept "
                                        + count(summary.path("filtered").asLong())
                                        + " rows out of scope (not bad data, not in the score)."
                                : ".");
        if (score.isNumber()) {
            return "Measured data quality score: " + percent(score.asDouble())
                    + ", the share of all source rows that pass every fail-severity check (details in the data-engineering report)."
                    + cleaning;
        }
        return "No overall data quality score was measured in this run." + cleaning;
    }
}
