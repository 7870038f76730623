package io.saleslens.alert;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides whether an alert is sent, from its outcome in the previous run (Elementary's suppression): an alert that
 * held then and holds now is ongoing and is not sent again, unless its figure went further into the alert's range by
 * at least the alert's step since it was last sent; one that held and no longer does is sent once as cleared. An
 * alert whose digest no endpoint accepted is still owed: it is sent again as if it were new.
 */
final class Suppression {
    private Suppression() {}

    /** The state and the figure a later run measures the step from. */
    record Decision(AlertState state, Double sentFigure) {}

    /**
     * @param previous the alert's outcome in the previous run's alerts.json, or a missing node
     * @param owed whether the previous run sent the alert and every delivery that carried it failed
     */
    static Decision decide(Evaluation now, JsonNode previous, Double worseBy, boolean owed) {
        if (!now.evaluated()) {
            return new Decision(AlertState.NOT_EVALUATED, null);
        }
        boolean heldBefore = !previous.isMissingNode()
                && AlertState.of(previous.path("state").asText("ok")).holding();
        if (!now.holds()) {
            return new Decision(heldBefore ? AlertState.CLEARED : AlertState.OK, null);
        }
        if (!heldBefore || owed) {
            return new Decision(AlertState.FIRED, now.figure());
        }
        Double lastSent = previous.path("sent_figure").isNumber()
                ? previous.path("sent_figure").asDouble()
                : null;
        if (worseBy != null && now.figure() != null && lastSent != null && now.worsening(lastSent) >= worseBy) {
            return new Decision(AlertState.WORSE, now.figure());
        }
        return new Decision(AlertState.ONGOING, lastSent);
    }
}
