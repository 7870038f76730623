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
 * {@code concentration} key is read (Gini, HHI, share of the top 20%) and a Pareto pattern is
 * reported when the top 20% carry at least {@value #PARETO_SHARE} of revenue. Descriptive:
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
        for (Breakdown breakdown : List.of(new Breakdown("category", "/categories", "category"), new Breakdown("country", "/countries", "country"))) {
            List<JsonNode> rows = JsonFacts.rows(input.metrics().at(breakdown.pointer()));
            if (rows.isEmpty()) {
                continue;
            }
            double hhi = rows.stream().mapToDouble(row -> Math.pow(row.path("revenue_share").asDouble(), 2)).sum();
            DerivedFigures derived = input.derived(TYPE).at(breakdown.name());
            FigureRef hhiRef = derived.decimal("hhi", hhi);
            FigureRef threshold = derived.decimal("hhi_high_threshold", HIGH_HHI);
            if (hhi < HIGH_HHI) {
                continue;
            }
            String first = pointer(breakdown.pointer(), 0);
            insights.add(insight(TYPE, breakdown.name()).impact(rows.get(0).path("revenue_share").asDouble())
                    .attribute("dimension", breakdown.name())
                    .text("Revenue is highly concentrated by " + breakdown.name() + ": Herfindahl index {hhi} (high from {threshold});"
                            + " {top} alone carries {top_share}.")
                    .figure("hhi", hhiRef).figure("threshold", threshold)
                    .figure("top", metrics(pointer(first, breakdown.nameField()), FigureFormat.TEXT))
                    .figure("top_share", metrics(pointer(first, "revenue_share"), FigureFormat.PERCENT))
                    .build());
        }
        for (String subject : List.of("products", "customers")) {
            JsonNode measured = input.metrics().at(pointer(CONCENTRATION, subject));
            JsonNode top20 = measured.path("top20_share");
            if (!JsonFacts.isNumber(top20) || top20.asDouble() < PARETO_SHARE) {
                continue;
            }
            String base = pointer(CONCENTRATION, subject);
            InsightBuilder builder = insight(TYPE, subject).impact(top20.asDouble()).attribute("dimension", subject)
                    .figure("top20", metrics(pointer(base, "top20_share"), FigureFormat.PERCENT))
                    .figure("threshold", input.derived(TYPE).at(subject).share("pareto_threshold", PARETO_SHARE));
            String text = "The top fifth of " + subject + " carries {top20} of revenue (a Pareto pattern from {threshold})";
            if (JsonFacts.isNumber(measured.path("gini"))) {
                builder.figure("gini", metrics(pointer(base, "gini"), FigureFormat.DECIMAL2));
                text += "; Gini {gini}";
            }
            insights.add(builder.text(text + ".").build());
        }
        return insights;
    }
}
