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
    private static final Map<String, String> LABELS = Map.of(
            "revenue",
            "revenue",
            "orders",
            "orders",
            "units",
            "units",
            "customers",
            "customers",
            "avg_order_value",
            "average order value");

    private Measures() {}

    static String label(String measure) {
        return LABELS.getOrDefault(measure, measure.replace('_', ' '));
    }

    static FigureFormat format(String measure) {
        return measure.equals("revenue") || measure.equals("avg_order_value")
                ? FigureFormat.MONEY
                : FigureFormat.DECIMAL2;
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

    /** How much an insight about a measure weighs: revenue is the business itself, the other measures explain it. */
    static double weight(String measure) {
        return measure.equals("revenue") ? 1 : 0.5;
    }

    /** One element of a per-measure array, such as a change point of {@code trend.measures.revenue.change_points}. */
    record Item(String measure, JsonNode node, String pointer) {}

    /** Every element of the array {@code field} under each measure of the object at {@code measuresPointer}, in document order. */
    static List<Item> items(JsonNode metrics, String measuresPointer, String field) {
        JsonNode measures = metrics.at(measuresPointer);
        List<Item> items = new ArrayList<>();
        for (String measure : names(measures)) {
            JsonNode array = measures.path(measure).path(field);
            for (int i = 0; i < array.size(); i++) {
                items.add(new Item(measure, array.get(i), FigureRef.pointer(measuresPointer, measure, field, i)));
            }
        }
        return items;
    }

    /** The measure names under a {@code measures} object, in document order. */
    static List<String> names(JsonNode measures) {
        List<String> names = new ArrayList<>();
        measures.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
