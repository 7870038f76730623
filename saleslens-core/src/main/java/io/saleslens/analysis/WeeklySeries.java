package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.saleslens.engine.Engine;
import io.saleslens.metrics.JsonRows;
import io.saleslens.model.OrderFacts;
import io.saleslens.stage.Tables;

/**
 * Revenue, orders, units and customers per week (weeks start on Monday). {@code partial} marks the
 * first and last week when the data does not cover all seven days of them.
 */
final class WeeklySeries {
    private WeeklySeries() {}

    static ArrayNode load(Engine engine) {
        String orders = Tables.ORDER_FACTS;
        String week = engine.dialect().weekStart("o.order_date");
        return JsonRows.array(
                engine.query("WITH bounds AS (SELECT min(order_date) AS first, max(order_date) AS last FROM "
                        + orders + ")"
                        + " SELECT CAST(" + week + " AS STRING) AS week_start, round(sum(o.revenue), 2) AS revenue,"
                        + " " + OrderFacts.countOrders(engine, "o.order_number")
                        + " AS orders, sum(o.units) AS units, count(DISTINCT o.customer_id) AS customers,"
                        + " (" + week + " < any_value(b.first) OR "
                        + engine.dialect().addDays(week, 6) + " > any_value(b.last)) AS partial"
                        + " FROM " + orders + " o, bounds b WHERE o.order_date IS NOT NULL GROUP BY " + week
                        + " ORDER BY 1"));
    }
}
