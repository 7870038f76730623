package io.saleslens.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each key of a spec's YAML is, so a message about a value can name the spec file, the line and the key:
 * paths like {@code entities.sale.columns.order_date.format} or {@code checks.orders[0].condition}.
 *
 * @param origin the spec file, or what the spec is ("preset shopify-orders", "spec inferred from DIR")
 */
public record SpecLocations(String origin, Map<String, Integer> lines) {
    private static final YAMLFactory YAML = new YAMLFactory();

    public SpecLocations {
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** A spec without YAML text (built in code): messages name the origin and the key only. */
    public static SpecLocations none(String origin) {
        return new SpecLocations(origin, Map.of());
    }

    /** The line of every key in the YAML text; an unreadable text has none (the loader reports it). */
    public static SpecLocations of(String yaml, String origin) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<int[]> listIndex = new ArrayDeque<>();
            String pendingName = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        pendingName = parser.currentName();
                        lines.put(
                                join(path, pendingName),
                                parser.currentTokenLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String segment = segment(pendingName, listIndex);
                        if (segment != null) {
                            path.addLast(segment);
                        }
                        listIndex.push(token == JsonToken.START_ARRAY ? new int[] {0} : new int[] {-1});
                        pendingName = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        listIndex.pop();
                        if (!path.isEmpty() && !listIndex.isEmpty()) {
                            path.removeLast();
                        }
                        advance(listIndex);
                    }
                    default -> {
                        pendingName = null;
                        advance(listIndex);
                    }
                }
            }
        } catch (IOException e) {
            return none(origin);
        }
        return new SpecLocations(origin, lines);
    }

    /** "FILE line N (key)" where the key's line is known, else "FILE (key)". */
    public String at(String path) {
        Integer line = lines.get(path);
        return origin + (line == null ? "" : " line " + line) + " (" + path + ")";
    }

    private static String segment(String name, Deque<int[]> listIndex) {
        if (listIndex.isEmpty()) {
            return null;
        }
        int[] index = listIndex.peek();
        return index[0] >= 0 ? "[" + index[0] + "]" : name;
    }

    private static void advance(Deque<int[]> listIndex) {
        if (!listIndex.isEmpty() && listIndex.peek()[0] >= 0) {
            listIndex.peek()[0]++;
        }
    }

    private static String join(Deque<String> path, String name) {
        StringBuilder out = new StringBuilder();
        for (String segment : path) {
            if (out.length() > 0 && !segment.startsWith("[")) {
                out.append('.');
            }
            out.append(segment);
        }
        if (out.length() > 0) {
            out.append('.');
        }
        return out.append(name).toString();
    }
}
