package io.saleslens.analysis.stats;

import java.util.Locale;

/** How the seasonal pattern combines with the level in a Holt-Winters model. */
enum SeasonalForm {
    /** Seasonal swings of a fixed size: value = level + season. */
    ADDITIVE,
    /** Seasonal swings that grow with the level: value = level x season. */
    MULTIPLICATIVE;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
