package io.saleslens.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.insight.FigureRef;
import io.saleslens.report.FilledText;
import java.util.Map;
import java.util.Optional;

/**
 * An insight of insights.json as a sentence, filled as the reports fill it ({@link FilledText}): its {@code {name}}
 * placeholders replaced by the figures it cites, each a value of metrics.json or quality.json in the reports' one
 * number format, money in the run's currency. Nothing is computed here.
 */
final class InsightSentences {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, FigureRef>> FIGURES = new TypeReference<>() {};

    private final JsonNode metrics;
    private final JsonNode quality;

    InsightSentences(JsonNode metrics, JsonNode quality) {
        this.metrics = metrics;
        this.quality = quality;
    }

    /**
     * The sentence as escaped HTML with its figures in bold; empty when it cannot be filled: an older run's insight
     * citing a figure its documents lack, or citing it in a form this version does not read.
     */
    Optional<String> html(JsonNode insight) {
        Map<String, FigureRef> figures;
        try {
            figures = JSON.convertValue(insight.path("figures"), FIGURES);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String text = insight.path("text").asText();
        return Currency.of(metrics, () -> FilledText.of(metrics, quality, text, figures == null ? Map.of() : figures))
                .map(filled -> filled.render(Html::text, figure -> "<b>" + Html.text(figure) + "</b>"));
    }
}
