package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.money;
import static io.saleslens.report.Figures.percent;
import static io.saleslens.report.Markdown.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The key-figure tables a profile can ask for; each formats values of metrics.json or quality.json as they are. */
final class KeyFigureBlocks {
    static final List<String> NAMES = List.of(
            "segments",
            "segments_by",
            "products",
            "categories",
            "countries",
            "recent_months",
            "quality_score",
            "failing_checks",
            "cleaning_findings",
            "repairs",
            "quarantine",
            "row_accounting",
            "stage_timings",
            "pipeline",
            "pipeline_owners");
    static final int RECENT_MONTHS = 6;

    private KeyFigureBlocks() {}

    static void render(String block, Markdown md, ReportInput input) {
        JsonNode m = input.metrics();
        switch (block) {
            case "segments" -> segments(md, m.path("segments"), true, hasUnits(m));
            case "segments_by" ->
                m.path("segments_by").fields().forEachRemaining(entry -> {
                    if (!entry.getKey()
                            .equals(m.path("segments").path("attribute").asText())) {
                        segments(md, entry.getValue(), false, hasUnits(m));
                    }
                });
            case "products" -> products(md, m);
            case "categories" ->
                breakdown(md, m.path("categories"), "category", "Category", "orders", "Orders", hasUnits(m));
            case "countries" ->
                breakdown(md, m.path("countries"), "country", "Country", "customers", "Customers", hasUnits(m));
            case "recent_months" -> recentMonths(md, m.path("monthly"));
            case "pipeline", "pipeline_owners" -> PipelineBlocks.render(block, md, m);
            default -> QualityBlocks.render(block, md, input);
        }
    }

    /** Order data without quantities (deals) has no units: its tables leave the units columns out. */
    static boolean hasUnits(JsonNode m) {
        return !m.path("totals").has("units_reason");
    }

    private static void segments(Markdown md, JsonNode segments, boolean explain, boolean units) {
        if (!segments.path("rows").isArray()) {
            return;
        }
        String attribute = segments.path("attribute").asText().replace('_', ' ');
        md.paragraph("Customers by **" + escape(attribute) + "**"
                + (explain
                        ? " (source code in brackets). Average order value (AOV) is"
                                + " revenue ÷ orders"
                                + (units
                                        ? "; average unit price is revenue ÷ units, the one price definition used in every"
                                                + " SalesLens report."
                                        : ".")
                        : ":"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : segments.path("rows")) {
            List<String> cells = new ArrayList<>(List.of(
                    escape(Figures.segment(row)),
                    count(row.path("customers").asLong()),
                    count(row.path("orders").asLong()),
                    money(row.path("revenue").asDouble()),
                    percent(row.path("revenue_share").asDouble()),
                    optionalMoney(row.path("avg_order_value"))));
            if (units) {
                cells.add(optionalMoney(row.path("avg_unit_price")));
            }
            rows.add(cells);
        }
        List<String> headings = new ArrayList<>(List.of("Segment", "Customers", "Orders", "Revenue", "Share", "AOV"));
        if (units) {
            headings.add("Avg. unit price");
        }
        md.table(headings, rows);
    }

    private static void products(Markdown md, JsonNode m) {
        JsonNode totals = m.path("totals");
        if (totals.has("products_in_catalog")) {
            md.paragraph(count(totals.path("products_in_catalog").asLong()) + " products are in the catalog; "
                    + count(totals.path("products_sold").asLong()) + " of them were sold, across "
                    + count(totals.path("sales_records").asLong())
                    + " sales records in " + count(totals.path("orders").asLong()) + " orders.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : m.path("products_top")) {
            List<String> cells = new ArrayList<>(List.of(
                    escape(row.path("product_name")
                            .asText(row.path("product_number").asText())),
                    escape(row.path("category").asText()),
                    money(row.path("revenue").asDouble())));
            if (hasUnits(m)) {
                cells.add(count(row.path("units").asLong()));
            }
            cells.add(percent(row.path("revenue_share").asDouble()));
            rows.add(cells);
        }
        if (!rows.isEmpty()) {
            md.table(
                    hasUnits(m)
                            ? List.of("Top product", "Category", "Revenue", "Units", "Share")
                            : List.of("Top product", "Category", "Revenue", "Share"),
                    rows);
        }
    }

    private static void breakdown(
            Markdown md,
            JsonNode list,
            String field,
            String heading,
            String extra,
            String extraHeading,
            boolean units) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : list) {
            List<String> cells = new ArrayList<>(List.of(
                    escape(row.path(field).asText()), money(row.path("revenue").asDouble())));
            if (units) {
                cells.add(count(row.path("units").asLong()));
            }
            cells.add(count(row.path(extra).asLong()));
            cells.add(percent(row.path("revenue_share").asDouble()));
            rows.add(cells);
        }
        if (!rows.isEmpty()) {
            md.table(
                    units
                            ? List.of(heading, "Revenue", "Units", extraHeading, "Share")
                            : List.of(heading, "Revenue", extraHeading, "Share"),
                    rows);
        }
    }

    private static void recentMonths(Markdown md, JsonNode monthly) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = Math.max(0, monthly.size() - RECENT_MONTHS); i < monthly.size(); i++) {
            JsonNode month = monthly.get(i);
            rows.add(List.of(
                    escape(month.path("month").asText())
                            + (month.path("partial").asBoolean() ? " (partial)" : ""),
                    money(month.path("revenue").asDouble()),
                    count(month.path("orders").asLong()),
                    optionalMoney(month.path("avg_order_value"))));
        }
        if (!rows.isEmpty()) {
            md.paragraph("Latest months of the monthly series:");
            md.table(List.of("Month", "Revenue", "Orders", "AOV"), rows);
        }
    }

    static String optionalMoney(JsonNode value) {
        return value.isNumber() ? money(value.asDouble()) : "–";
    }

    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node::fields;
    }
}
