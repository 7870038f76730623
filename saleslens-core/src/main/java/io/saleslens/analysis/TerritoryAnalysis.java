package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.metrics.JsonRows;
import io.saleslens.model.OrderCustomers;
import io.saleslens.model.OrderFacts;
import io.saleslens.stage.Tables;

/** Revenue, orders and customers per country with growth of the last complete year over the one before. */
final class TerritoryAnalysis {
    private final Engine engine;

    TerritoryAnalysis(Engine engine) {
        this.engine = engine;
    }

    ObjectNode countries(YearComparison years) {
        ObjectNode node = years.json();
        node.put(
                "method",
                "country of the customer; revenue_share of all revenue; growth = (current_year_revenue -"
                        + " previous_year_revenue) / previous_year_revenue over calendar years covered in full");
        String current = years.revenueIn(years.currentYear(), "o.order_date", "o.revenue");
        String previous = years.revenueIn(years.previousYear(), "o.order_date", "o.revenue");
        node.set(
                "rows",
                JsonRows.array(engine.query("WITH grouped AS (SELECT coalesce("
                        + OrderCustomers.attribute(engine.dialect(), "o", "country") + ", 'Unknown') AS country,"
                        + " round(sum(o.revenue), 2) AS revenue, " + OrderFacts.countOrders(engine, "o.order_number")
                        + " AS orders,"
                        + " count(DISTINCT o." + OrderCustomers.KNOWN_CUSTOMER_ID
                        + ") AS customers, sum(o.units) AS units,"
                        + " " + current + " AS current_year_revenue, " + previous + " AS previous_year_revenue"
                        + " FROM " + Tables.ORDER_CUSTOMERS + " o GROUP BY 1)"
                        + " SELECT country, revenue, round(revenue / nullif(sum(revenue) OVER (), 0), 6) AS revenue_share, orders,"
                        + " customers, units, current_year_revenue, previous_year_revenue,"
                        + " " + years.growth("current_year_revenue", "previous_year_revenue") + " AS growth"
                        + " FROM grouped ORDER BY revenue DESC, country")));
        return node;
    }
}
