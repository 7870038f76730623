package io.saleslens.metrics;

import static io.saleslens.metrics.SalesMetrics.FACT;
import static io.saleslens.metrics.SalesMetrics.PRODUCTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.model.OrderCustomers;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.Tables;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Revenue of the last two complete months by category, product and every segment attribute, so that
 * the drivers of the change between them can be found without rows leaving the engine. Written as
 * {@code period_breakdowns: {previous_month, current_month, dimensions: {name: [{key, previous, current}]}}};
 * absent when the series has fewer than two complete months.
 */
public final class PeriodBreakdowns {
    private final Engine engine;
    private final SqlDialect sql;

    public PeriodBreakdowns(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    public void measure(DatasetSpec spec, ObjectNode metrics) {
        List<String> complete = new ArrayList<>();
        for (JsonNode month : metrics.path("monthly")) {
            if (!month.path("partial").asBoolean()) {
                complete.add(month.path("month").asText());
            }
        }
        if (complete.size() < 2) {
            return;
        }
        String previous = complete.get(complete.size() - 2);
        String current = complete.get(complete.size() - 1);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("previous_month", previous);
        node.put("current_month", current);
        ObjectNode dimensions = node.putObject("dimensions");
        // Keys are cast to text: an inferred dataset may hold product numbers or segment codes as integers,
        // which the engine will not coalesce with a text fallback (STRING is a type name DuckDB and Spark share).
        dimensions.set("category", lineBreakdown("coalesce(CAST(p.category AS STRING), 'Unknown')", previous, current));
        dimensions.set(
                "product",
                lineBreakdown(
                        "coalesce(CAST(p.product_name AS STRING), CAST(f.product_number AS STRING), 'Unknown')",
                        previous,
                        current));
        for (String attribute : spec.segments()) {
            dimensions.set(
                    attribute,
                    customerBreakdown(
                            "coalesce(CAST(" + OrderCustomers.attribute(sql, "o", attribute)
                                    + " AS STRING), 'Unknown')",
                            previous,
                            current));
        }
        metrics.set("period_breakdowns", node);
    }

    /** By a product attribute, over the order lines. */
    private JsonNode lineBreakdown(String keyExpression, String previous, String current) {
        return breakdown(
                keyExpression,
                "f.sales_amount",
                "f.order_date",
                FACT + " f LEFT JOIN " + PRODUCTS + " p ON f.product_number = p.product_number",
                previous,
                current);
    }

    /** By a customer attribute, over the orders (the same sums, fewer rows). */
    private JsonNode customerBreakdown(String keyExpression, String previous, String current) {
        return breakdown(keyExpression, "o.revenue", "o.order_date", Tables.ORDER_CUSTOMERS + " o", previous, current);
    }

    /** The months as date ranges: the same rows as comparing 'yyyy-MM' text, without formatting every date. */
    private JsonNode breakdown(
            String keyExpression, String amount, String date, String from, String previous, String current) {
        String previousStart = firstDay(YearMonth.parse(previous));
        String currentStart = firstDay(YearMonth.parse(current));
        String currentEnd = firstDay(YearMonth.parse(current).plusMonths(1));
        return JsonRows.array(engine.query("SELECT " + keyExpression + " AS key,"
                + " round(sum(CASE WHEN " + date + " < " + currentStart + " THEN " + amount + " ELSE 0 END), 2) AS "
                + sql.quote("previous") + ","
                + " round(sum(CASE WHEN " + date + " >= " + currentStart + " THEN " + amount + " ELSE 0 END), 2) AS "
                + sql.quote("current")
                + " FROM " + from + " WHERE " + date + " >= " + previousStart + " AND " + date + " < " + currentEnd
                + " GROUP BY 1 ORDER BY 1"));
    }

    private String firstDay(YearMonth month) {
        return "DATE " + sql.literal(month.atDay(1).toString());
    }
}
