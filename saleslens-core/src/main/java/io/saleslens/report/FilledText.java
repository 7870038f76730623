package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.FigureRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A sentence whose {@code {name}} placeholders are filled with the figures it cites, each a value of metrics.json or
 * quality.json in the reports' one number format, kept apart from the words around them so that each renderer escapes
 * and marks them its own way (Markdown in the reports, HTML on the site). The reports and the site fill every sentence
 * through {@link #of}, which says "cannot fill" (empty) when a placeholder names no figure or a figure the documents
 * lack, as an older run's documents may.
 *
 * @param parts the words and figures in order; nothing is escaped yet
 */
public record FilledText(List<Part> parts) {

    /**
     * Words of the template, or a figure put in for a placeholder.
     *
     * @param format how the figure was written; null for the template's words
     */
    public record Part(String text, FigureFormat format) {
        public Part {
            requireNonNull(text, "text is null");
        }

        public boolean figure() {
            return format != null;
        }
    }

    public FilledText {
        parts = List.copyOf(parts);
    }

    /**
     * The template filled from the documents, money written in the currency of the current thread's run; empty when it
     * cannot be filled.
     */
    public static Optional<FilledText> of(
            JsonNode metrics, JsonNode quality, String template, Map<String, FigureRef> figures) {
        return new FigureText(metrics, quality).tryFill(template, figures);
    }

    /** The sentence with each part passed through its escape: {@code words} for the template's, {@code figure} else. */
    public String render(Function<String, String> words, Function<String, String> figure) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.figure() ? figure.apply(part.text()) : words.apply(part.text()));
        }
        return out.toString();
    }
}
