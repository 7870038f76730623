package io.saleslens.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small hand-made metrics and quality documents for rule tests; single quotes stand for double quotes. */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InsightInput input(String metrics) {
        return input(metrics, "{}");
    }

    static InsightInput input(String metrics, String quality) {
        ObjectNode m = (ObjectNode) json(metrics);
        return new InsightInput(m, json(quality), m.putObject(InsightStage.METRICS_KEY));
    }

    static ObjectNode emptyDerived() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The value a figure of an insight points at. */
    static JsonNode value(InsightInput input, Insight insight, String figure) {
        FigureRef ref = insight.figures().get(figure);
        return (ref.document() == SourceDocument.METRICS ? input.metrics() : input.quality()).at(ref.pointer());
    }
}
