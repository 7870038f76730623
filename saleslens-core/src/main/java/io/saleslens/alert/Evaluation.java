package io.saleslens.alert;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one rule found in one run, before the previous run is taken into account.
 *
 * @param evaluated false when the rule could not be decided; {@code message} then says why
 * @param holds whether the rule's condition holds
 * @param figure the figure compared with the bound; null when there is none (a history without spread)
 * @param lowerIsWorse whether a lower figure is further into the alert's range, for the step of an ongoing alert
 */
record Evaluation(
        boolean evaluated,
        boolean holds,
        Double figure,
        boolean lowerIsWorse,
        String message,
        Map<String, Object> figures) {

    Evaluation {
        requireNonNull(message, "message is null");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    static Evaluation decided(
            boolean holds, Double figure, boolean lowerIsWorse, String message, Map<String, Object> figures) {
        return new Evaluation(true, holds, figure, lowerIsWorse, message, figures);
    }

    static Evaluation undecided(String reason, Map<String, Object> figures) {
        return new Evaluation(false, false, null, false, reason, figures);
    }

    /** How far {@code figure} went further into the alert's range than {@code earlier}; negative when it eased. */
    double worsening(double earlier) {
        return lowerIsWorse ? earlier - figure : figure - earlier;
    }
}
