package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.alert.AlertState;

/** Which alerts of an alerts.json are open: the states the alert stage says hold (fired, ongoing). */
final class Alerts {
    private Alerts() {}

    static boolean holds(JsonNode alert) {
        try {
            return AlertState.of(alert.path("state").asText()).holding();
        } catch (IllegalArgumentException unknownState) {
            return false;
        }
    }
}
