package io.saleslens.insight;

import static io.saleslens.insight.FigureRef.metrics;
import static io.saleslens.insight.FigureRef.pointer;
import static io.saleslens.insight.InsightBuilder.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The outstanding #1 category, country and product: the first of a revenue-ordered list whose share
 * is at least {@value #LEAD_FACTOR} times the runner-up's. Descriptive: significance 1; impact = its
 * revenue share.
 */
final class TopContributorRule implements InsightRule {
    static final String TYPE = "top_contributor";
    static final double LEAD_FACTOR = 1.5;
    private static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("category", "/categories", "category"),
            new Dimension("country", "/countries", "country"),
            new Dimension("product", "/products_top", "product_name"));

    private record Dimension(String name, String pointer, String nameField) {}

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Insight> evaluate(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        for (Dimension dimension : DIMENSIONS) {
            List<JsonNode> rows = JsonFacts.rows(input.metrics().at(dimension.pointer()));
            // A leader without a name (sales of products missing from the catalog, deals without a product) names
            // nothing.
            if (rows.isEmpty()
                    || !JsonFacts.isNumber(rows.get(0).path("revenue_share"))
                    || JsonFacts.isUnknown(rows.get(0), dimension.nameField())
                    || !rows.get(0).hasNonNull(JsonFacts.nameField(rows.get(0), dimension.nameField()))) {
                continue;
            }
            double share = rows.get(0).path("revenue_share").asDouble();
            double second = rows.size() > 1 ? rows.get(1).path("revenue_share").asDouble() : 0;
            if (share < LEAD_FACTOR * second || share <= 0) {
                continue;
            }
            String first = pointer(dimension.pointer(), 0);
            InsightBuilder builder = insight(TYPE, dimension.name())
                    .impact(share)
                    .attribute("dimension", dimension.name())
                    .figure(
                            "name",
                            metrics(
                                    pointer(first, JsonFacts.nameField(rows.get(0), dimension.nameField())),
                                    FigureFormat.TEXT))
                    .figure("revenue", metrics(pointer(first, "revenue"), FigureFormat.MONEY))
                    .figure("share", metrics(pointer(first, "revenue_share"), FigureFormat.PERCENT));
            if (rows.size() > 1 && !rows.get(1).hasNonNull(JsonFacts.nameField(rows.get(1), dimension.nameField()))) {
                builder.text("{name} is the leading " + dimension.name()
                                + " with {revenue} ({share} of revenue), against {second_share}"
                                + " for the runner-up, which has no name in the data.")
                        .figure(
                                "second_share",
                                metrics(
                                        pointer(pointer(dimension.pointer(), 1), "revenue_share"),
                                        FigureFormat.PERCENT));
            } else if (rows.size() > 1) {
                String runnerUp = pointer(dimension.pointer(), 1);
                builder.text("{name} is the leading " + dimension.name()
                                + " with {revenue} ({share} of revenue), against {second_share} for"
                                + " the runner-up {second}.")
                        .figure(
                                "second",
                                metrics(
                                        pointer(runnerUp, JsonFacts.nameField(rows.get(1), dimension.nameField())),
                                        FigureFormat.TEXT))
                        .figure("second_share", metrics(pointer(runnerUp, "revenue_share"), FigureFormat.PERCENT));
            } else {
                builder.text(
                        "{name} is the only " + dimension.name() + " with revenue: {revenue} ({share} of revenue).");
            }
            insights.add(builder.build());
        }
        return insights;
    }
}
