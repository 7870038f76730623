package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the hand-made metrics.json used across the chart tests (14 months, first and last partial). */
final class MetricsFixture {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsFixture() {}

    static ObjectNode metrics() {
        try (InputStream in = MetricsFixture.class.getResourceAsStream("metrics.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
