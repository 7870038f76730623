package io.saleslens.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure a run writes, as the catalogue describes it. The key is the figure's path in its document: names joined
 * by dots, with at most one step over the members of a dimension: {@code name[field]} for an array of rows, each
 * naming its member in {@code field} ({@code countries[country].revenue}), or {@code name{}} for an object whose
 * member names are the dimension's members ({@code row_accounting{}.quarantined}).
 */
public record Metric(String key, Document document, Unit unit, Direction direction, Grain grain, String description) {
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)(?:\\[([a-z0-9_]+)]|(\\{}))?");

    public Metric {
        requireNonNull(key, "key is null");
        requireNonNull(document, "document is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(grain, "grain is null");
        requireNonNull(description, "description is null");
        long members = steps(key).stream().filter(Step::overMembers).count();
        if (members > 1) {
            throw new IllegalArgumentException(key + ": a key steps over the members of one dimension at most");
        }
        if ((members == 1) != (grain != Grain.RUN)) {
            throw new IllegalArgumentException(key + ": grain " + grain + " does not fit the key's steps");
        }
    }

    /** The metric's values in a run's document, in document order; none when the run does not write the figure. */
    public List<MetricValue> values(JsonNode document) {
        List<MetricValue> values = new ArrayList<>();
        collect(document, steps(key), 0, Optional.empty(), values);
        return values;
    }

    private void collect(JsonNode node, List<Step> steps, int index, Optional<String> member, List<MetricValue> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (index == steps.size()) {
            leaf(node, member).ifPresent(out::add);
            return;
        }
        Step step = steps.get(index);
        JsonNode child = node.path(step.name());
        if (step.rowField() != null) {
            for (JsonNode row : child) {
                JsonNode name = row.path(step.rowField());
                if (!name.isMissingNode() && !name.isNull()) {
                    collect(row, steps, index + 1, Optional.of(name.asText()), out);
                }
            }
        } else if (step.members()) {
            for (Map.Entry<String, JsonNode> entry : iterable(child)) {
                collect(entry.getValue(), steps, index + 1, Optional.of(entry.getKey()), out);
            }
        } else {
            collect(child, steps, index + 1, member, out);
        }
    }

    private Optional<MetricValue> leaf(JsonNode node, Optional<String> member) {
        if (unit == Unit.DATE) {
            return node.isTextual() ? Optional.of(new MetricValue(key, member, null, node.asText())) : Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(new MetricValue(key, member, node.asDouble(), null));
        }
        if (node.isBoolean()) {
            return Optional.of(new MetricValue(key, member, node.asBoolean() ? 1.0 : 0.0, null));
        }
        return Optional.empty();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static List<Step> steps(String key) {
        List<Step> steps = new ArrayList<>();
        for (String part : key.split("\\.", -1)) {
            Matcher step = STEP.matcher(part);
            if (!step.matches()) {
                throw new IllegalArgumentException(key + ": '" + part + "' is not a name, name[field] or name{}");
            }
            steps.add(new Step(step.group(1), step.group(2), step.group(3) != null));
        }
        return steps;
    }

    /** One name of a key, and whether it steps over the rows of an array or the members of an object. */
    private record Step(String name, String rowField, boolean members) {
        boolean overMembers() {
            return rowField != null || members;
        }
    }
}
