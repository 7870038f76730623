package io.saleslens.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly measures the analysis stage tests ({@code trend.measures}, {@code anomalies.measures}): how a
 * sentence names each and how its values are written. Money measures as money; counts as decimals, since
 * slopes and means of counts are fractional.
 */
final class Measures {
    private static final Map<String, String> LABELS = Map.of("revenue", "revenue", "orders", "orders", "units", "units",
            "customers", "customers", "avg_order_value", "average order value");

    private Measures() {}

    static String label(String measure) {
        return LABELS.getOrDefault(measure, measure.replace('_', ' '));
    }

    static FigureFormat format(String measure) {
        return measure.equals("revenue") || measure.equals("avg_order_value") ? FigureFormat.MONEY : FigureFormat.DECIMAL2;
    }

    /** The measure names under a {@code measures} object, in document order. */
    static List<String> names(JsonNode measures) {
        List<String> names = new ArrayList<>();
        measures.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
