package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.FigureRef;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a sentence's {@code {name}} placeholders with formatted values of metrics.json or quality.json.
 * Values from the data are escaped for Markdown, so a product name cannot change the report's structure.
 */
final class FigureText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    private final JsonNode metrics;
    private final JsonNode quality;

    FigureText(JsonNode metrics, JsonNode quality) {
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.quality = requireNonNull(quality, "quality is null");
    }

    /** Whether every placeholder of the template names a figure that resolves. */
    boolean canFill(String template, Map<String, FigureRef> figures) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            FigureRef ref = figures.get(matcher.group(1));
            if (ref == null || resolve(ref).isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    String fill(String template, Map<String, FigureRef> figures) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            FigureRef ref = figures.get(matcher.group(1));
            if (ref == null) {
                throw new IllegalArgumentException("no figure named {" + matcher.group(1) + "} for: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(ref)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** One figure, formatted and escaped. */
    String format(FigureRef ref) {
        JsonNode value = resolve(ref);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalStateException("figure " + ref.citation() + " is not in the document");
        }
        String text = Figures.format(ref.format(), value, ref.pointer());
        return isNumber(ref.format()) ? text : Markdown.escape(text);
    }

    JsonNode resolve(FigureRef ref) {
        return switch (ref.document()) {
            case METRICS -> metrics.at(ref.pointer());
            case QUALITY -> quality.at(ref.pointer());
        };
    }

    private static boolean isNumber(FigureFormat format) {
        return switch (format) {
            case MONEY, COUNT, PERCENT, DECIMAL2, DECIMAL3, P_VALUE -> true;
            default -> false;
        };
    }
}
