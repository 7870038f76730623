package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.FigureRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a sentence's {@code {name}} placeholders with formatted values of metrics.json or quality.json (and usage.json,
 * which the success metrics cite).
 * Values from the data are escaped for Markdown, so a product name cannot change the report's structure.
 */
final class FigureText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    private final JsonNode metrics;
    private final JsonNode quality;
    private final JsonNode usage;

    FigureText(JsonNode metrics, JsonNode quality) {
        this(metrics, quality, MissingNode.getInstance());
    }

    /** Figures of the three documents; {@code usage} is a missing node for a run without usage.json. */
    FigureText(JsonNode metrics, JsonNode quality, JsonNode usage) {
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.quality = requireNonNull(quality, "quality is null");
        this.usage = requireNonNull(usage, "usage is null");
    }

    /** Whether every placeholder of the template names a figure that resolves. */
    boolean canFill(String template, Map<String, FigureRef> figures) {
        return tryFill(template, figures).isPresent();
    }

    /** The template filled with its figures, in Markdown; a figure it names and the documents lack is a defect here. */
    String fill(String template, Map<String, FigureRef> figures) {
        return tryFill(template, figures)
                .orElseThrow(() -> new IllegalStateException("cannot fill from the run's documents: " + template))
                .parts()
                .stream()
                .map(part -> part.figure() ? escaped(part) : part.text())
                .collect(Collectors.joining());
    }

    /**
     * The template's words and its figures, each formatted and not yet escaped; empty when a placeholder names no
     * figure or one that does not resolve.
     */
    Optional<FilledText> tryFill(String template, Map<String, FigureRef> figures) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        List<FilledText.Part> parts = new ArrayList<>();
        int from = 0;
        while (matcher.find()) {
            FigureRef ref = figures.get(matcher.group(1));
            if (ref == null) {
                return Optional.empty();
            }
            JsonNode value = resolve(ref);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (matcher.start() > from) {
                parts.add(new FilledText.Part(template.substring(from, matcher.start()), null));
            }
            parts.add(new FilledText.Part(Figures.format(ref.format(), value, ref.pointer()), ref.format()));
            from = matcher.end();
        }
        if (from < template.length()) {
            parts.add(new FilledText.Part(template.substring(from), null));
        }
        return Optional.of(new FilledText(parts));
    }

    /** One figure, formatted and escaped. */
    String format(FigureRef ref) {
        JsonNode value = resolve(ref);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalStateException("figure " + ref.citation() + " is not in the document");
        }
        return escaped(new FilledText.Part(Figures.format(ref.format(), value, ref.pointer()), ref.format()));
    }

    /** A figure for Markdown: text from the data is escaped, so a product name cannot change the report's structure. */
    private static String escaped(FilledText.Part figure) {
        return isNumber(figure.format()) ? figure.text() : Markdown.escape(figure.text());
    }

    JsonNode resolve(FigureRef ref) {
        return switch (ref.document()) {
            case METRICS -> metrics.at(ref.pointer());
            case QUALITY -> quality.at(ref.pointer());
            case USAGE -> usage.at(ref.pointer());
        };
    }

    private static boolean isNumber(FigureFormat format) {
        return switch (format) {
            case MONEY, COUNT, PERCENT, DECIMAL2, DECIMAL3, P_VALUE -> true;
            default -> false;
        };
    }
}
