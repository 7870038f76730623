package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.money;
import static io.saleslens.report.Figures.percent;
import static io.saleslens.report.Markdown.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Sales team's report, in the structure of the first report written for them: scope, key
 * insights, actionable insights, implementation actions, success metrics, risks and dependencies.
 * Every figure is a formatted value of metrics.json or quality.json.
 */
public final class SalesReport {

    public String render(ReportInput input) {
        JsonNode m = input.metrics();
        JsonNode totals = m.path("totals");
        Markdown md = new Markdown();
        md.heading(1, "SALES TEAM REPORT");
        scope(md, input, totals);
        keyInsights(md, m, totals);
        actions(md, m, totals);
        successMetrics(md, m, totals);
        risks(md, input, m);
        return md.toString();
    }

    private void scope(Markdown md, ReportInput input, JsonNode totals) {
        md.heading(2, "Scope & Objectives");
        List<String> sources = new ArrayList<>();
        input.quality().path("row_accounting").fields().forEachRemaining(entry ->
                sources.add("`" + entry.getKey() + "` (" + count(entry.getValue().path("rows_in").asLong()) + " rows)"));
        md.paragraph("This report covers pipeline run **" + input.runId() + "** on the *" + escape(input.specName())
                + "* dataset, read from " + sources.size() + " sources: " + String.join(", ", sources) + ". Orders run from "
                + totals.path("first_order_date").asText() + " to " + totals.path("last_order_date").asText() + ". "
                + QualitySentence.of(input.quality()));
        md.paragraph("It gives the Sales team measured figures to:");
        md.bullets(List.of(
                "target customer segments by their revenue, order count and average order value;",
                "focus on the products, categories and countries that carry the revenue;",
                "track the success metrics below against their baselines in the dashboards"
                        + " (`executive_kpis_trend.png`, `business_performance_dashboard.png`)."));
    }

    private void keyInsights(Markdown md, JsonNode m, JsonNode totals) {
        md.heading(2, "Key Insights for Your Department");
        JsonNode segments = m.path("segments");
        md.bold("1. Customer Segmentation & Revenue Contribution");
        md.paragraph("Customers are grouped by **" + attributeName(segments) + "** (source code in brackets). Average order value (AOV)"
                + " is revenue ÷ orders; average unit price is revenue ÷ units, the one price definition used in every SalesLens report.");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : segments.path("rows")) {
            rows.add(List.of(segmentName(row), count(row.path("customers").asLong()), count(row.path("orders").asLong()),
                    count(row.path("units").asLong()), money(row.path("revenue").asDouble()), percent(row.path("revenue_share").asDouble()),
                    optionalMoney(row.path("avg_order_value")), optionalMoney(row.path("avg_unit_price"))));
        }
        md.table(List.of("Segment", "Customers", "Orders", "Units", "Revenue", "Share", "AOV", "Avg. unit price"), rows);

        md.bold("2. Product & Order Analytics");
        List<String> products = new ArrayList<>();
        products.add(count(totals.path("products_in_catalog").asLong()) + " products are in the catalog; "
                + count(totals.path("products_sold").asLong()) + " of them were sold, across "
                + count(totals.path("sales_records").asLong()) + " sales records in " + count(totals.path("orders").asLong())
                + " orders (" + Figures.decimal(totals.path("lines_per_order").asDouble(), 2) + " lines per order).");
        JsonNode top = m.path("products_top").path(0);
        if (!top.isMissingNode()) {
            products.add("Best-selling product: " + escape(top.path("product_name").asText()) + " with "
                    + money(top.path("revenue").asDouble()) + " (" + percent(top.path("revenue_share").asDouble()) + " of revenue).");
        }
        JsonNode category = m.path("categories").path(0);
        if (!category.isMissingNode()) {
            products.add("Leading category: " + escape(category.path("category").asText()) + " with "
                    + money(category.path("revenue").asDouble()) + " (" + percent(category.path("revenue_share").asDouble()) + ").");
        }
        JsonNode country = m.path("countries").path(0);
        if (!country.isMissingNode()) {
            products.add("Leading country: " + escape(country.path("country").asText()) + " with "
                    + money(country.path("revenue").asDouble()) + " (" + percent(country.path("revenue_share").asDouble()) + ").");
        }
        md.bullets(products);

        md.bold("3. Period and data coverage");
        md.bullets(PeriodNotes.of(m));

        md.bold("Actionable Insights:");
        md.bullets(SalesInsights.actionable(m));
    }

    private void actions(Markdown md, JsonNode m, JsonNode totals) {
        md.heading(2, "Implementation Actions");
        List<String> immediate = new ArrayList<>();
        JsonNode best = SalesInsights.highestAov(m.path("segments"));
        if (best != null) {
            immediate.add("**Segmented outreach:** lead with the " + segmentName(best) + " segment (AOV "
                    + money(best.path("avg_order_value").asDouble()) + ") and measure its orders against the baseline below.");
        }
        immediate.add("**Sales playbook update:** put the top products and categories above into scripts and enablement material.");
        md.bold("Immediate (Weeks 1-2):");
        md.numbered(immediate);
        md.bold("Short-Term (Weeks 3-4):");
        md.numbered(List.of("**Dashboard adoption:** review `executive_kpis_trend.png` and `business_performance_dashboard.png`"
                + " each week; partial months are marked there and are not comparable with full months."));
        md.bold("Medium-Term (Month 2+):");
        md.numbered(List.of("**Performance monitoring:** compare each new run's success metrics with this run's baselines ("
                + "run history in `history.jsonl`).",
                "**Feedback loop:** agree with Marketing and Product on changes to segments and offers, using the segment table above."));
    }

    private void successMetrics(Markdown md, JsonNode m, JsonNode totals) {
        md.heading(2, "Success Metrics");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Revenue", money(totals.path("revenue").asDouble()), "`totals.revenue`"));
        rows.add(List.of("Orders", count(totals.path("orders").asLong()), "`totals.orders`"));
        rows.add(List.of("Average order value (revenue ÷ orders)", money(totals.path("avg_order_value").asDouble()), "`totals.avg_order_value`"));
        rows.add(List.of("Average unit price (revenue ÷ units)", money(totals.path("avg_unit_price").asDouble()), "`totals.avg_unit_price`"));
        rows.add(List.of("Customers with orders", count(totals.path("customers_with_orders").asLong()), "`totals.customers_with_orders`"));
        for (JsonNode row : m.path("segments").path("rows")) {
            rows.add(List.of("Revenue of segment " + segmentName(row), money(row.path("revenue").asDouble()), "`segments.rows[].revenue`"));
        }
        md.table(List.of("Metric", "Baseline (this run)", "Metric key"), rows);
    }

    private void risks(Markdown md, ReportInput input, JsonNode m) {
        md.heading(2, "Risks & Dependencies");
        md.bold("Risks:");
        md.bullets(SalesInsights.risks(m, input.quality()));
        md.bold("Dependencies:");
        md.bullets(List.of(
                "**Marketing:** campaign execution for the segments above.",
                "**Product:** availability and pricing of the best-selling products.",
                "**Data Engineering:** the data-quality findings listed in the risks, fixed at the source."));
        md.paragraph("**Mitigation:** review each risk above at the next run; a risk whose figure does not improve is raised in the"
                + " cross-functional sync.");
    }

    static String segmentName(JsonNode row) {
        String label = row.path("label").asText();
        String code = row.path("code").asText();
        return label.equals(code) ? escape(label) : escape(label) + " (" + escape(code) + ")";
    }

    static String attributeName(JsonNode segments) {
        return segments.path("attribute").asText().replace('_', ' ');
    }

    private static String optionalMoney(JsonNode value) {
        return value.isNumber() ? money(value.asDouble()) : "–";
    }
}
