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
 * by dots, each name stepping into an object's field, optionally followed by a step over the members of a dimension:
 * {@code name[field]} for an array of rows, each naming its member in {@code field} ({@code countries[country].revenue}),
 * {@code name[field,field]} for rows named by two fields (a segment and a month), {@code name[]} for an array of plain
 * values named by their position from 0 ({@code retention[]}), or {@code name{}} for an object whose member names are
 * the dimension's members ({@code row_accounting{}.quarantined}), and {@code name{}[field]} for an object whose
 * members each hold an array of rows ({@code segment_category{}[segment,category].revenue}). A key with several such steps names each value by
 * its members joined with {@value #MEMBER_SEPARATOR} ({@code marital_status / Married}).
 *
 * @param periodTotal how the monthly values add up to a quarter's or a year's figure; null for a figure that is not
 *     per month or whose months do not add up (a monthly count of distinct customers), which cannot take a target
 */
public record Metric(
        String key,
        Document document,
        Unit unit,
        Direction direction,
        Grain grain,
        String description,
        PeriodTotal periodTotal) {
    /** Joins the members of a value whose key steps over more than one dimension, and the fields of a compound row. */
    public static final String MEMBER_SEPARATOR = " / ";

    private static final Pattern STEP =
            Pattern.compile("([a-z0-9_]+)(\\{})?(?:\\[((?:[a-z0-9_]+(?:,[a-z0-9_]+)*)?)])?");

    public Metric {
        requireNonNull(key, "key is null");
        requireNonNull(document, "document is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(grain, "grain is null");
        requireNonNull(description, "description is null");
        boolean overMembers = steps(key).stream().anyMatch(Step::overMembers);
        if (overMembers != (grain != Grain.RUN)) {
            throw new IllegalArgumentException(key + ": grain " + grain + " does not fit the key's steps");
        }
        if (periodTotal != null && grain != Grain.MONTH && grain != Grain.SEGMENT_MONTH) {
            throw new IllegalArgumentException(
                    key + ": a period total needs a figure per month, not of grain " + grain);
        }
        if (periodTotal != null && direction == Direction.NONE) {
            // A target is met or missed by the favourable direction; a figure without one cannot be judged against it.
            throw new IllegalArgumentException(key + ": a figure with a period total needs a favourable direction");
        }
    }

    /** A figure without a period total: neither a target nor a period's figure can be made of its months. */
    public Metric(String key, Document document, Unit unit, Direction direction, Grain grain, String description) {
        this(key, document, unit, direction, grain, description, null);
    }

    /** Whether the figure's monthly values add up to a quarter's or a year's figure, so that it can take a target. */
    public boolean takesTargets() {
        return periodTotal == PeriodTotal.SUM;
    }

    /** The metric's values in a run's document, in document order; none when the run does not write the figure. */
    public List<MetricValue> values(JsonNode document) {
        List<MetricValue> values = new ArrayList<>();
        collect(document, steps(key), 0, List.of(), values);
        return values;
    }

    /**
     * Whether a path into the document (its field names and array positions, from the root) is one of this metric's
     * values, or the field that names the member of one of its rows ({@code countries/3/country}).
     */
    public boolean covers(List<String> path) {
        List<Step> steps = steps(key);
        int at = 0;
        for (int index = 0; index < steps.size(); index++) {
            Step step = steps.get(index);
            if (!step.name().isEmpty()) {
                if (at >= path.size() || !path.get(at).equals(step.name())) {
                    return false;
                }
                at++;
            }
            if (step.overMembers()) {
                if (at >= path.size() || (step.fields() != null && !isPosition(path.get(at)))) {
                    return false;
                }
                at++;
                if (step.fields() != null
                        && !step.fields().isEmpty()
                        && at == path.size() - 1
                        && step.fields().contains(path.get(at))) {
                    return true;
                }
            }
        }
        return at == path.size();
    }

    private static boolean isPosition(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private void collect(JsonNode node, List<Step> steps, int index, List<String> members, List<MetricValue> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (index == steps.size()) {
            leaf(node, members).ifPresent(out::add);
            return;
        }
        Step step = steps.get(index);
        JsonNode child = step.name().isEmpty() ? node : node.path(step.name());
        if (step.fields() != null && step.fields().isEmpty()) {
            for (int position = 0; position < child.size(); position++) {
                collect(child.get(position), steps, index + 1, with(members, String.valueOf(position)), out);
            }
        } else if (step.fields() != null) {
            for (JsonNode row : child) {
                memberOf(row, step.fields())
                        .ifPresent(member -> collect(row, steps, index + 1, with(members, member), out));
            }
        } else if (step.members()) {
            for (Map.Entry<String, JsonNode> entry : iterable(child)) {
                collect(entry.getValue(), steps, index + 1, with(members, entry.getKey()), out);
            }
        } else {
            collect(child, steps, index + 1, members, out);
        }
    }

    /** The row's member name, from its naming fields; none when one of them is missing. */
    private static Optional<String> memberOf(JsonNode row, List<String> fields) {
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            JsonNode name = row.path(field);
            if (name.isMissingNode() || name.isNull()) {
                return Optional.empty();
            }
            names.add(name.asText());
        }
        return Optional.of(String.join(MEMBER_SEPARATOR, names));
    }

    private static List<String> with(List<String> members, String member) {
        List<String> longer = new ArrayList<>(members);
        longer.add(member);
        return longer;
    }

    private Optional<MetricValue> leaf(JsonNode node, List<String> members) {
        Optional<String> member =
                members.isEmpty() ? Optional.empty() : Optional.of(String.join(MEMBER_SEPARATOR, members));
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
                throw new IllegalArgumentException(
                        key + ": '" + part + "' is not a name, name[field], name[field,field], name[] or name{}");
            }
            List<String> fields = step.group(3) == null
                    ? null
                    : step.group(3).isEmpty()
                            ? List.of()
                            : List.of(step.group(3).split(","));
            if (step.group(2) != null && fields != null) {
                // name{}[field]: the members' values are arrays of rows; the second step stays on each value.
                steps.add(new Step(step.group(1), null, true));
                steps.add(new Step("", fields, false));
            } else {
                steps.add(new Step(step.group(1), fields, step.group(2) != null));
            }
        }
        return steps;
    }

    /**
     * One name of a key (empty: the node itself, the second half of {@code name{}[field]}), and whether it steps over the rows of an array (named by {@code fields}; by position when
     * {@code fields} is empty) or the members of an object.
     */
    private record Step(String name, List<String> fields, boolean members) {
        boolean overMembers() {
            return fields != null || members;
        }
    }
}
