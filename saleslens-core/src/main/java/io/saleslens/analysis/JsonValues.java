package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes doubles into the metrics document so that the same data always gives the same bytes: money
 * rounded to cents, ratios to six decimals, and null in place of NaN or infinity.
 */
final class JsonValues {
    static final int MONEY_DECIMALS = 2;
    static final int RATIO_DECIMALS = 6;

    private JsonValues() {}

    static void money(ObjectNode node, String field, double value) {
        put(node, field, value, MONEY_DECIMALS);
    }

    static void ratio(ObjectNode node, String field, double value) {
        put(node, field, value, RATIO_DECIMALS);
    }

    /** Rounds half up at the given decimals; null for a value that is not finite. */
    static void put(ObjectNode node, String field, double value, int decimals) {
        if (!Double.isFinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, round(value, decimals));
        }
    }

    static double round(double value, int decimals) {
        // BigDecimal.valueOf uses the shortest decimal form, so 0.125 rounds to 0.13 as written.
        double rounded = BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
        return rounded == 0 ? 0.0 : rounded;
    }

    /** (current - previous) / previous, or NaN when there is no positive base to compare with. */
    static double growth(double current, double previous) {
        return previous > 0 ? (current - previous) / previous : Double.NaN;
    }
}
