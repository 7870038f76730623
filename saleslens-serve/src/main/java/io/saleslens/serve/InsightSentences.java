package io.saleslens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.report.Figures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An insight of insights.json as a sentence: its {@code {name}} placeholders filled with the figures it cites, each
 * a value of metrics.json or quality.json written in the reports' one number format. Nothing is computed here.
 */
final class InsightSentences {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    private final JsonNode metrics;
    private final JsonNode quality;

    InsightSentences(JsonNode metrics, JsonNode quality) {
        this.metrics = metrics;
        this.quality = quality;
    }

    /** The sentence as escaped HTML; a figure the documents lack shows as "not measured". */
    String html(JsonNode insight) {
        String currency = metrics.path("dataset").path("currency").asText(null);
        return MoneySymbol.in(currency, () -> fill(insight));
    }

    private String fill(JsonNode insight) {
        Matcher matcher = PLACEHOLDER.matcher(insight.path("text").asText());
        StringBuilder out = new StringBuilder();
        int from = 0;
        String text = insight.path("text").asText();
        while (matcher.find()) {
            out.append(Html.text(text.substring(from, matcher.start())));
            out.append("<b>").append(Html.text(figure(insight.path("figures").path(matcher.group(1)))));
            out.append("</b>");
            from = matcher.end();
        }
        out.append(Html.text(text.substring(from)));
        return out.toString();
    }

    private String figure(JsonNode ref) {
        String pointer = ref.path("pointer").asText();
        JsonNode document = ref.path("document").asText().equals("QUALITY") ? quality : metrics;
        JsonNode value = document.at(pointer);
        if (value.isMissingNode() || value.isNull()) {
            return "not measured";
        }
        return Figures.format(FigureFormat.parse(ref.path("format").asText("text")), value, pointer);
    }
}
