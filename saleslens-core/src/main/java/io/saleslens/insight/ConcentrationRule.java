package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Concentration of revenue. For categories and countries the Herfindahl-Hirschman index is derived
 * from their revenue shares (Σ share²) and reported when it reaches {@value #HIGH_HHI}, the usual
 * threshold for a highly concentrated market. For products and customers the analysis stage's
 * {@code concentration} key is read (Gini, share of the top 20%) and always reported, saying whether
 * the top 20% reach the {@value #PARETO_SHARE} of a Pareto pattern. Descriptive:
 * significance 1; impact = the share of the largest group (categories, countries) or of the top 20%.
 */
final class ConcentrationRule implements InsightRule {
    static final String TYPE = "concentration";
    static final double HIGH_HHI = 0.25;
    static final double PARETO_SHARE = 0.8;
    static final String CONCENTRATION = "/concentration";

    private record Breakdown(String name, String pointer, String nameField) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        for (Breakdown breakdown : List.of(
                new Breakdown("category", "/categories", "category"),
                new Breakdown("country", "/countries", "country"))) {
            List<JsonNode> rows = JsonFacts.rows(input.metrics().at(breakdown.pointer()));
            if (rows.isEmpty()) {
                continue;
            }
            double hhi = rows.stream()
                    .mapToDouble(row -> Math.pow(row.path("revenue_share").asDouble(), 2))
                    .sum();
            DerivedFigures derived = input.derived(TYPE).at(breakdown.name());
            FigureRef hhiRef = derived.decimal("hhi", hhi);
            FigureRef threshold = derived.decimal("hhi_high_threshold", HIGH_HHI);
            if (hhi < HIGH_HHI) {
                continue;
            }
            String first = pointer(breakdown.pointer(), 0);
            insights.add(insight(TYPE, breakdown.name())
                    .impact(rows.get(0).path("revenue_share").asDouble())
                    .attribute("dimension", breakdown.name())
                    .text("{top} alone brings {top_share} of revenue: a slowdown there would move the whole"
                            + " business.")
                    .method("Revenue is highly concentrated by " + breakdown.name()
                            + ": the Herfindahl index of the " + breakdown.name()
                            + " shares (the sum of their squares) is {hhi}, high from {threshold}.")
                    .figure("hhi", hhiRef)
                    .figure("threshold", threshold)
                    .figure("top", metrics(pointer(first, breakdown.nameField()), FigureFormat.TEXT))
                    .figure("top_share", metrics(pointer(first, "revenue_share"), FigureFormat.PERCENT))
                    .build());
        }
        for (String subject : List.of("products", "customers")) {
            String base = pointer(CONCENTRATION, subject);
            JsonNode measured = input.metrics().at(base);
            JsonNode topShare = measured.path("top_share");
            if (!JsonFacts.isNumber(topShare)
                    || !JsonFacts.isNumber(measured.path("gini"))
                    || measured.path("items").asLong() <= 0) {
                continue;
            }
            boolean pareto = topShare.asDouble() >= PARETO_SHARE;
            InsightBuilder builder = insight(TYPE, subject)
                    .impact(topShare.asDouble())
                    .attribute("dimension", subject)
                    .attribute("pareto", Boolean.toString(pareto))
                    .figure("top_items", metrics(pointer(base, "top_items"), FigureFormat.COUNT))
                    .figure("items", metrics(pointer(base, "items"), FigureFormat.COUNT))
                    .figure("top_fraction", metrics(pointer(base, "top_fraction"), FigureFormat.PERCENT))
                    .figure("top_share", metrics(pointer(base, "top_share"), FigureFormat.PERCENT))
                    .figure("gini", metrics(pointer(base, "gini"), FigureFormat.DECIMAL2))
                    .figure("threshold", input.derived(TYPE).at(subject).share("pareto_threshold", PARETO_SHARE));
            String text = "The top {top_fraction} of " + subject
                    + " with revenue ({top_items} of {items}) bring {top_share} of revenue"
                    + (pareto ? ": a few " + subject + " carry most of the business." : ".");
            String method = "The Gini coefficient of revenue per " + subject.replaceFirst("s$", "") + " is {gini}; "
                    + (pareto
                            ? "the top share reaches the {threshold} of a Pareto (80/20) pattern."
                            : "the top share stays below the {threshold} of a Pareto (80/20) pattern.");
            insights.add(builder.text(text).method(method).build());
        }
        return insights;
    }
}
