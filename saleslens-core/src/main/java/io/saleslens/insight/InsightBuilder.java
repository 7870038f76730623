package io.saleslens.insight;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an {@link Insight} step by step; the record checks the result. */
final class InsightBuilder {
    private final String type;
    private final String subject;
    private double significance = 1;
    private double impact;
    private String text = "";
    private String method = "";
    private final Map<String, FigureRef> figures = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private InsightBuilder(String type, String subject) {
        this.type = type;
        this.subject = subject;
    }

    static InsightBuilder insight(String type, String subject) {
        return new InsightBuilder(type, subject);
    }

    InsightBuilder significance(double value) {
        this.significance = clamp(value);
        return this;
    }

    /** The share the finding concerns; values outside 0..1 (a growth above 100%) are capped. */
    InsightBuilder impact(double value) {
        this.impact = clamp(value);
        return this;
    }

    InsightBuilder text(String template) {
        this.text = template;
        return this;
    }

    /** How the finding is known (the test and its figures), shown under the sentence as a note. */
    InsightBuilder method(String template) {
        this.method = template;
        return this;
    }

    InsightBuilder figure(String name, FigureRef ref) {
        figures.put(name, ref);
        return this;
    }

    InsightBuilder attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    Insight build() {
        return new Insight(type, subject, significance, impact, text, method, figures, attributes);
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(1, Math.abs(value))) : 0;
    }
}
