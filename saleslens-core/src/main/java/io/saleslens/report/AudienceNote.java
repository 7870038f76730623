package io.saleslens.report;

import static io.saleslens.report.Figures.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The sentences beside an action that contacts customers: for each of its lists, how many customers it holds, the
 * link to those to contact, and how many are held out and why, all from metrics.json's {@code audiences}. Nothing for
 * a list the run did not write, so a report never links a file that is not there.
 */
final class AudienceNote {
    private AudienceNote() {}

    static String of(JsonNode metrics, List<String> audiences) {
        StringBuilder notes = new StringBuilder();
        for (String audience : audiences) {
            notes.append(of(metrics, audience));
        }
        return notes.toString();
    }

    private static String of(JsonNode metrics, String audience) {
        JsonNode audiences = metrics.path("audiences");
        JsonNode list = audiences.path("lists").path(audience);
        if (!list.path("customers").isNumber() || !list.path("file").isTextual()) {
            return "";
        }
        String share = Figures.percent(audiences.path("holdout_share").asDouble());
        String note = " Customer list " + Markdown.code(audience) + ": ["
                + count(list.path("treated").asLong())
                + " customers to contact](../" + list.path("file").asText() + ") (also as [Parquet](../"
                + list.path("parquet").asText() + ")) of the "
                + count(list.path("customers").asLong()) + " in the list";
        if (list.path("holdout").asLong() == 0) {
            return note + "; none is held out (audiences.holdout in the spec is " + share
                    + "), so no untouched group is left to measure the action's effect against.";
        }
        return note + "; [" + count(list.path("holdout").asLong()) + " are held out](../"
                + list.path("holdout_file").asText() + ") at random (" + share
                + " of the list) and not contacted, so that comparing the two groups afterwards measures what the"
                + " action did.";
    }
}
