package io.saleslens.analysis;

import static io.saleslens.model.SilverTables.gold;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.saleslens.engine.Engine;
import io.saleslens.metrics.JsonRows;

/**
 * Revenue, orders, units and customers per week (weeks start on Monday). {@code partial} marks the
 * first and last week when the data does not cover all seven days of them.
 */
final class WeeklySeries {
    private WeeklySeries() {}

    static ArrayNode load(Engine engine) {
        String week = "CAST(date_trunc('week', f.order_date) AS DATE)";
        return JsonRows.array(engine.query("WITH bounds AS (SELECT min(order_date) AS first, max(order_date) AS last FROM "
                + gold("fact_sales") + ")"
                + " SELECT CAST(" + week + " AS VARCHAR) AS week_start, round(sum(f.sales_amount), 2) AS revenue,"
                + " count(DISTINCT f.order_number) AS orders, sum(f.quantity) AS units, count(DISTINCT f.customer_id) AS customers,"
                + " (" + week + " < any_value(b.first) OR " + engine.dialect().addDays(week, 6) + " > any_value(b.last)) AS partial"
                + " FROM " + gold("fact_sales") + " f, bounds b WHERE f.order_date IS NOT NULL GROUP BY " + week + " ORDER BY 1"));
    }
}
