package io.saleslens.report;

import static io.saleslens.report.Figures.count;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sentence beside an action that contacts customers: how many the list holds, the link to the customers to
 * contact, and how many are held out and why, all from metrics.json's {@code audiences}. Nothing when the run wrote no
 * list for the action, so a report never links a file that is not there.
 */
final class AudienceNote {
    private AudienceNote() {}

    static String of(JsonNode metrics, String audience) {
        if (audience == null) {
            return "";
        }
        JsonNode audiences = metrics.path("audiences");
        JsonNode list = audiences.path("lists").path(audience);
        if (!list.path("customers").isNumber() || !list.path("file").isTextual()) {
            return "";
        }
        String note = " Customer list: [" + count(list.path("treated").asLong()) + " customers to contact](../"
                + list.path("file").asText() + ") (also as [Parquet](../"
                + list.path("parquet").asText() + ")) of the "
                + count(list.path("customers").asLong()) + " the action counts";
        if (list.path("holdout").asLong() == 0) {
            return note + "; none is held out (audiences.holdout in the spec is "
                    + Figures.percent(audiences.path("holdout_share").asDouble())
                    + "), so no untouched group is left to measure the action's effect against.";
        }
        return note + "; [" + count(list.path("holdout").asLong()) + " are held out](../"
                + list.path("holdout_file").asText() + ") at random ("
                + Figures.percent(audiences.path("holdout_share").asDouble())
                + " of the list) and not contacted, so that comparing the two groups afterwards measures what the"
                + " action did.";
    }
}
