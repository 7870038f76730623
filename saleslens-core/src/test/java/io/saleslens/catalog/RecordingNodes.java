package io.saleslens.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A copy of a JSON document whose objects and arrays note the path of every value (a number, text, boolean or null)
 * read from them: by name or position, through {@code at}, or by iterating. Containers read on the way are not noted;
 * names asked for that the document does not hold are not either.
 */
final class RecordingNodes {
    private final Set<List<String>> reads = new LinkedHashSet<>();

    /** The copy of {@code document} whose reads this records. */
    JsonNode copy(JsonNode document) {
        return wrap(document, List.of());
    }

    /** The paths read so far, each from the root: field names and array positions. */
    Set<List<String>> reads() {
        return reads;
    }

    private JsonNode wrap(JsonNode node, List<String> path) {
        if (node.isObject()) {
            RecordingObject object = new RecordingObject(path);
            node.properties()
                    .forEach(entry -> object.set(entry.getKey(), wrap(entry.getValue(), child(path, entry.getKey()))));
            return object;
        }
        if (node.isArray()) {
            RecordingArray array = new RecordingArray(path);
            for (int position = 0; position < node.size(); position++) {
                array.add(wrap(node.get(position), child(path, String.valueOf(position))));
            }
            return array;
        }
        return node;
    }

    private static List<String> child(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return List.copyOf(longer);
    }

    private JsonNode noted(List<String> path, String name, JsonNode value) {
        if (value != null && value.isValueNode()) {
            reads.add(child(path, name));
        }
        return value;
    }

    private final class RecordingObject extends ObjectNode {
        private final List<String> path;

        RecordingObject(List<String> path) {
            super(JsonNodeFactory.instance);
            this.path = path;
        }

        private void noteAll() {
            super.properties().forEach(entry -> noted(path, entry.getKey(), entry.getValue()));
        }

        @Override
        public JsonNode get(String name) {
            return noted(path, name, super.get(name));
        }

        @Override
        public JsonNode path(String name) {
            return noted(path, name, super.path(name));
        }

        @Override
        public Optional<JsonNode> optional(String name) {
            return Optional.ofNullable(get(name));
        }

        @Override
        public JsonNode required(String name) {
            return noted(path, name, super.required(name));
        }

        @Override
        public Iterator<Map.Entry<String, JsonNode>> fields() {
            noteAll();
            return super.fields();
        }

        @Override
        public Set<Map.Entry<String, JsonNode>> properties() {
            noteAll();
            return super.properties();
        }

        @Override
        public Stream<Map.Entry<String, JsonNode>> propertyStream() {
            noteAll();
            return super.propertyStream();
        }

        @Override
        public void forEachEntry(BiConsumer<? super String, ? super JsonNode> action) {
            noteAll();
            super.forEachEntry(action);
        }

        @Override
        public Iterator<JsonNode> elements() {
            noteAll();
            return super.elements();
        }

        @Override
        public Iterator<JsonNode> values() {
            noteAll();
            return super.values();
        }

        @Override
        public Stream<JsonNode> valueStream() {
            noteAll();
            return super.valueStream();
        }
    }

    private final class RecordingArray extends ArrayNode {
        private final List<String> path;

        RecordingArray(List<String> path) {
            super(JsonNodeFactory.instance);
            this.path = path;
        }

        private void noteAll() {
            for (int position = 0; position < size(); position++) {
                noted(path, String.valueOf(position), super.get(position));
            }
        }

        @Override
        public JsonNode get(int position) {
            return noted(path, String.valueOf(position), super.get(position));
        }

        @Override
        public JsonNode path(int position) {
            return noted(path, String.valueOf(position), super.path(position));
        }

        @Override
        public Optional<JsonNode> optional(int position) {
            return Optional.ofNullable(get(position));
        }

        @Override
        public JsonNode required(int position) {
            return noted(path, String.valueOf(position), super.required(position));
        }

        @Override
        public Iterator<JsonNode> elements() {
            noteAll();
            return super.elements();
        }

        @Override
        public Iterator<JsonNode> values() {
            noteAll();
            return super.values();
        }

        @Override
        public Stream<JsonNode> valueStream() {
            noteAll();
            return super.valueStream();
        }
    }
}
