package io.saleslens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every value of two JSON documents compared, path by path: the paths where they differ, leaving out the values that
 * belong to one run (its id, times, durations, folders), each listed by a pattern over the path.
 */
final class JsonDifferences {
    private JsonDifferences() {}

    static List<String> between(JsonNode expected, JsonNode actual, List<Pattern> runSpecific) {
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, runSpecific, differences);
        return differences;
    }

    private static void compare(
            String path, JsonNode expected, JsonNode actual, List<Pattern> runSpecific, List<String> differences) {
        if (runSpecific.stream().anyMatch(p -> p.matcher(path).matches())) {
            return;
        }
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": " + expected + " vs " + actual);
            return;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "/" + name, expected.get(name), actual.get(name), runSpecific, differences);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": " + expected.size() + " elements vs " + actual.size());
                return;
            }
            Iterator<JsonNode> left = expected.elements();
            Iterator<JsonNode> right = actual.elements();
            for (int i = 0; left.hasNext(); i++) {
                compare(path + "/" + i, left.next(), right.next(), runSpecific, differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + expected + " vs " + actual);
        }
    }
}
