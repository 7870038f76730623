package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.money;
import static io.saleslens.report.Figures.percent;
import static io.saleslens.report.Markdown.escape;
import static io.saleslens.report.SalesReport.attributeName;
import static io.saleslens.report.SalesReport.segmentName;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Actionable insights and risks for Sales, each stated with the figure that supports it. */
final class SalesInsights {
    private SalesInsights() {}

    static List<String> actionable(JsonNode m) {
        List<String> items = new ArrayList<>();
        JsonNode segments = m.path("segments");
        JsonNode best = highestAov(segments);
        JsonNode worst = lowestAov(segments);
        if (best != null && worst != null && best != worst) {
            items.add("The " + segmentName(best) + " segment has the highest average order value (" + money(best.path("avg_order_value").asDouble())
                    + " against " + money(worst.path("avg_order_value").asDouble()) + " for " + segmentName(worst)
                    + "): prioritise it for upselling and cross-selling.");
            items.add("The " + segmentName(worst) + " segment places " + count(worst.path("orders").asLong()) + " orders at "
                    + money(worst.path("avg_order_value").asDouble()) + " each: bundles that lift its order value act on the largest gap.");
        }
        JsonNode category = m.path("categories").path(0);
        if (!category.isMissingNode()) {
            items.add(escape(category.path("category").asText()) + " carries " + percent(category.path("revenue_share").asDouble())
                    + " of revenue: cross-sell the other categories to its buyers.");
        }
        JsonNode unknown = unknownSegment(segments);
        if (unknown != null) {
            items.add(count(unknown.path("customers").asLong()) + " customers have no recorded " + attributeName(segments)
                    + ": capture it at the next contact so they can be targeted.");
        }
        return items;
    }

    static List<String> risks(JsonNode m, JsonNode quality) {
        List<String> risks = new ArrayList<>();
        JsonNode category = m.path("categories").path(0);
        if (!category.isMissingNode()) {
            risks.add("Dependence on one category: " + escape(category.path("category").asText()) + " is "
                    + percent(category.path("revenue_share").asDouble()) + " of revenue.");
        }
        JsonNode country = m.path("countries").path(0);
        if (!country.isMissingNode()) {
            risks.add("Dependence on one country: " + escape(country.path("country").asText()) + " is "
                    + percent(country.path("revenue_share").asDouble()) + " of revenue.");
        }
        JsonNode unknown = unknownSegment(m.path("segments"));
        if (unknown != null) {
            risks.add("Unknown segment: " + count(unknown.path("customers").asLong()) + " customers ("
                    + percent(unknown.path("revenue_share").asDouble()) + " of revenue) have no recorded " + attributeName(m.path("segments")) + ".");
        }
        JsonNode orphans = m.path("segments").path("sales_without_customer");
        if (orphans.path("sales_records").asLong() > 0) {
            risks.add(count(orphans.path("sales_records").asLong()) + " sales records (" + money(orphans.path("revenue").asDouble())
                    + ") name a customer that is not in the customer file; they are in the totals but in no segment.");
        }
        JsonNode summary = quality.path("summary");
        if (summary.path("repaired").asLong() + summary.path("quarantined").asLong() > 0) {
            risks.add("Data quality: " + count(summary.path("repaired").asLong()) + " rows were repaired and "
                    + count(summary.path("quarantined").asLong()) + " quarantined; repaired amounts follow the stated rules,"
                    + " not the source.");
        }
        PeriodNotes.partialMonths(m).ifPresent(note -> risks.add("Partial periods: " + note));
        return risks;
    }

    static JsonNode highestAov(JsonNode segments) {
        JsonNode best = null;
        for (JsonNode row : segments.path("rows")) {
            if (row.path("avg_order_value").isNumber() && !isUnknown(row)
                    && (best == null || row.path("avg_order_value").asDouble() > best.path("avg_order_value").asDouble())) {
                best = row;
            }
        }
        return best;
    }

    private static JsonNode lowestAov(JsonNode segments) {
        JsonNode worst = null;
        for (JsonNode row : segments.path("rows")) {
            if (row.path("avg_order_value").isNumber() && !isUnknown(row)
                    && (worst == null || row.path("avg_order_value").asDouble() < worst.path("avg_order_value").asDouble())) {
                worst = row;
            }
        }
        return worst;
    }

    private static JsonNode unknownSegment(JsonNode segments) {
        for (JsonNode row : segments.path("rows")) {
            if (isUnknown(row) && row.path("customers").asLong() > 0) {
                return row;
            }
        }
        return null;
    }

    private static boolean isUnknown(JsonNode row) {
        return row.path("code").asText().equals("Unknown");
    }
}
