package io.saleslens.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of metrics.json and quality.json: absent keys give empty answers, never exceptions. */
final class JsonFacts {
    private JsonFacts() {}

    static boolean isNumber(JsonNode node) {
        return node != null && node.isNumber();
    }

    /** The elements of an array, or of the {@code rows} array of an object holding one. */
    static List<JsonNode> rows(JsonNode node) {
        JsonNode array = node.isArray() ? node : node.path("rows");
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }

    /** The first of several candidate field names that is present, so a renamed key is easy to follow. */
    static String firstPresent(JsonNode node, String... names) {
        for (String name : names) {
            if (node.has(name) && !node.get(name).isNull()) {
                return name;
            }
        }
        return null;
    }

    /** Whether a segment or breakdown row stands for missing values rather than a real group. */
    static boolean isUnknown(JsonNode row, String field) {
        return row.path(field).asText().equalsIgnoreCase("Unknown");
    }

    /** Complete months of the monthly series, in order: months the data covers only in part are left out. */
    static List<Integer> completeMonthIndexes(JsonNode monthly) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < monthly.size(); i++) {
            JsonNode month = monthly.get(i);
            if (!month.path("partial").asBoolean() && isNumber(month.path("revenue"))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /**
     * The field that names a breakdown row: the preferred one when it holds text, else the product number
     * (inferred datasets may have products without a name), else the preferred one.
     */
    static String nameField(JsonNode row, String preferred) {
        if (!row.path(preferred).asText("").isBlank()) {
            return preferred;
        }
        return row.hasNonNull("product_number") ? "product_number" : preferred;
    }
}
