package io.saleslens.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.compare.Comparison.SchemaChange;
import io.saleslens.compare.Comparison.ValueChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The shape of each source in two runs, from quality.json: its columns and their profiled types (the profile's
 * {@code min} is a number when every value is one, text otherwise, absent when the column is empty), and how it was
 * read (the ingest section: encoding, delimiter, byte order mark, line endings).
 */
final class SchemaComparison {
    private SchemaComparison() {}

    static List<SchemaChange> of(JsonNode beforeQuality, JsonNode afterQuality) {
        JsonNode before = beforeQuality.path("profile");
        JsonNode after = afterQuality.path("profile");
        JsonNode readBefore = beforeQuality.path("ingest");
        JsonNode readAfter = afterQuality.path("ingest");
        Set<String> sources = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(sources::add);
        before.fieldNames().forEachRemaining(sources::add);
        List<SchemaChange> changes = new ArrayList<>();
        for (String source : sources) {
            Map<String, String> was = types(before.path(source));
            Map<String, String> is = types(after.path(source));
            List<String> added =
                    is.keySet().stream().filter(c -> !was.containsKey(c)).toList();
            List<String> removed =
                    was.keySet().stream().filter(c -> !is.containsKey(c)).toList();
            List<ValueChange> retyped = new ArrayList<>();
            is.forEach((column, type) -> {
                if (was.containsKey(column) && !was.get(column).equals(type)) {
                    retyped.add(new ValueChange(column, was.get(column), type));
                }
            });
            List<ValueChange> reading = reading(readBefore.path(source), readAfter.path(source));
            String status = !before.has(source) ? "added" : !after.has(source) ? "removed" : "changed";
            if (!added.isEmpty() || !removed.isEmpty() || !retyped.isEmpty() || !reading.isEmpty()) {
                changes.add(new SchemaChange(source, status, added, removed, retyped, reading));
            }
        }
        return changes;
    }

    private static Map<String, String> types(JsonNode columns) {
        Map<String, String> types = new LinkedHashMap<>();
        columns.fields().forEachRemaining(column -> {
            JsonNode min = column.getValue().path("min");
            types.put(column.getKey(), min.isNumber() ? "number" : min.isTextual() ? "text" : "empty");
        });
        return types;
    }

    /** The reading settings that differ; only settings both runs recorded for the source count. */
    private static List<ValueChange> reading(JsonNode before, JsonNode after) {
        List<ValueChange> changes = new ArrayList<>();
        if (!before.isObject() || !after.isObject()) {
            return changes;
        }
        Set<String> fields = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(fields::add);
        before.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode b = before.path(field);
            JsonNode a = after.path(field);
            if (field.endsWith("_lines")
                    || !(b.isValueNode() || b.isMissingNode())
                    || !(a.isValueNode() || a.isMissingNode())) {
                continue;
            }
            String was = b.isMissingNode() ? null : b.asText();
            String is = a.isMissingNode() ? null : a.asText();
            if (!Objects.equals(was, is)) {
                changes.add(new ValueChange(field, was, is));
            }
        }
        return changes;
    }
}
