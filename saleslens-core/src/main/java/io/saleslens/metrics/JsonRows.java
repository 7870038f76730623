package io.saleslens.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Turns small query results (aggregates) into JSON. */
public final class JsonRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRows() {}

    public static ArrayNode array(List<Map<String, Object>> rows) {
        return MAPPER.valueToTree(rows);
    }

    public static ObjectNode object(Map<String, Object> row) {
        return MAPPER.valueToTree(row);
    }
}
