package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Read-only view of {@code metrics.json} that tolerates missing optional keys: an absent array reads
 * as empty and an absent value as empty, so a dashboard panel can say "no data" instead of failing.
 */
record MetricsDocument(JsonNode root) {

    MetricsDocument {
        requireNonNull(root, "root is null");
    }

    /** Elements of the array at {@code path}, or an empty list when the path is missing or not an array. */
    List<JsonNode> array(String... path) {
        JsonNode node = at(path);
        List<JsonNode> elements = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(elements::add);
        }
        return elements;
    }

    /** Text at {@code path}, or empty when missing or blank. */
    Optional<String> text(String... path) {
        return textOf(at(path));
    }

    /** Number at {@code path}, or empty when missing or not numeric. */
    OptionalDouble number(String... path) {
        return numberOf(at(path));
    }

    static Optional<String> text(JsonNode row, String field) {
        return textOf(row.path(field));
    }

    static OptionalDouble number(JsonNode row, String field) {
        return numberOf(row.path(field));
    }

    private JsonNode at(String... path) {
        JsonNode node = root;
        for (String key : path) {
            node = node.path(key);
        }
        return node;
    }

    private static Optional<String> textOf(JsonNode node) {
        if (node.isValueNode() && !node.isNull() && !node.asText().isBlank()) {
            return Optional.of(node.asText());
        }
        return Optional.empty();
    }

    // Exact decimals may be written as strings to keep their precision, so numeric text counts too.
    private static OptionalDouble numberOf(JsonNode node) {
        if (node.isNumber()) {
            return OptionalDouble.of(node.doubleValue());
        }
        if (node.isTextual()) {
            try {
                return OptionalDouble.of(Double.parseDouble(node.asText().trim()));
            } catch (NumberFormatException notANumber) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }
}
