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

    /** Whole counts (orders, units, customers) as counts; money as money; anything else with decimals. */
    static FigureFormat valueFormat(String measure) {
        return isCount(measure) ? FigureFormat.COUNT : format(measure);
    }

    /** The verb agreeing with the measure's name: "orders have", "revenue has". */
    static String verb(String measure, String singular, String plural) {
        return isCount(measure) ? plural : singular;
    }

    private static boolean isCount(String measure) {
        return measure.equals("orders") || measure.equals("units") || measure.equals("customers");
    }

    /** The measure names under a {@code measures} object, in document order. */
    static List<String> names(JsonNode measures) {
        List<String> names = new ArrayList<>();
        measures.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
