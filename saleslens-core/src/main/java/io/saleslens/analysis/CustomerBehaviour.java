package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.metrics.JsonRows;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How orders and customers behave: order size, repeat purchases, the gap between orders, new and
 * returning customers per month. Computed over {@link OrderTable} and {@link CustomerMonths} in the engine.
 */
final class CustomerBehaviour {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ORDERS = OrderTable.TABLE;

    private final Engine engine;
    private final SqlDialect sql;

    CustomerBehaviour(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    ObjectNode orders() {
        Map<String, Object> row = engine.query("WITH per_customer AS (SELECT customer_id, count(*) AS orders FROM "
                        + ORDERS
                        + " WHERE customer_id IS NOT NULL GROUP BY customer_id),"
                        // A customer's gaps are the differences of their sorted order dates: orders on one date may
                        // come in any order, since the set of gaps is the same, so the sort needs no tie-break.
                        + " gaps AS (SELECT "
                        + sql.daysBetween(
                                "lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date)", "order_date")
                        + " AS days FROM " + ORDERS + " WHERE customer_id IS NOT NULL AND order_date IS NOT NULL)"
                        + " SELECT (SELECT count(*) FROM " + ORDERS + ") AS orders,"
                        + " (SELECT round(sum(revenue) / nullif(count(*), 0), 2) FROM " + ORDERS
                        + ") AS avg_order_value,"
                        + " (SELECT round(sum(lines) * 1.0 / nullif(count(*), 0), 4) FROM " + ORDERS
                        + ") AS lines_per_order,"
                        + " (SELECT round(sum(units) * 1.0 / nullif(count(*), 0), 4) FROM " + ORDERS
                        + ") AS units_per_order,"
                        + " (SELECT count(*) FROM per_customer) AS customers_with_orders,"
                        + " (SELECT count(*) FROM per_customer WHERE orders >= 2) AS repeat_customers,"
                        + " (SELECT round(sum(CASE WHEN orders >= 2 THEN 1 ELSE 0 END) * 1.0 / nullif(count(*), 0), 6) FROM per_customer) AS repeat_purchase_rate,"
                        + " (SELECT round(avg(orders), 4) FROM per_customer) AS orders_per_customer,"
                        + " (SELECT count(days) FROM gaps) AS gaps_between_orders,"
                        + " (SELECT median(days) FROM gaps) AS median_days_between_orders")
                .get(0);
        ObjectNode node = JsonRows.object(row);
        node.put(
                "definitions",
                "an order is one order number; average order value = revenue / orders; repeat customers"
                        + " have two or more orders; days between orders are the gaps between a customer's consecutive dated orders");
        return node;
    }

    /**
     * Per month: customers ordering for the first time and customers who had ordered before, with their revenue. Reads
     * {@link CustomerMonths}, which must exist.
     */
    ArrayNode newVersusReturning() {
        String months = CustomerMonths.TABLE;
        return JsonRows.array(engine.query("SELECT month,"
                + " count(CASE WHEN month = cohort THEN 1 END) AS new_customers,"
                + " count(CASE WHEN month > cohort THEN 1 END) AS returning_customers,"
                + " round(coalesce(sum(CASE WHEN month = cohort THEN revenue END), 0), 2) AS new_revenue,"
                + " round(coalesce(sum(CASE WHEN month > cohort THEN revenue END), 0), 2) AS returning_revenue"
                + " FROM " + months + " GROUP BY month ORDER BY month"));
    }

    /**
     * Cohort retention: customers grouped by the month of their first order; for each later month,
     * the share of the cohort that ordered in it. {@code retention[k]} is k months after the first. Reads
     * {@link CustomerMonths}, which must exist.
     */
    ObjectNode cohorts() {
        var rows = engine.query("SELECT cohort, month_offset, count(*) AS customers FROM " + CustomerMonths.TABLE
                + " GROUP BY cohort, month_offset ORDER BY cohort, month_offset");
        Object lastDate = engine.query("SELECT CAST(max(order_date) AS STRING) AS last_date FROM " + ORDERS)
                .get(0)
                .get("last_date");
        ObjectNode node = JSON.objectNode();
        node.put(
                "method",
                "cohort = month of a customer's first dated order; retention[k] = share of the cohort with an"
                        + " order k months later (retention[0] = 1), up to the data's last month; the partial first and last"
                        + " months are included and understate activity");
        ArrayNode cohorts = node.putArray("rows");
        if (lastDate == null) {
            return node;
        }
        YearMonth lastMonth = YearMonth.from(LocalDate.parse((String) lastDate));
        Map<String, long[]> activeByCohort = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String cohort = (String) row.get("cohort");
            long[] active = activeByCohort.computeIfAbsent(
                    cohort, c -> new long[(int) YearMonth.parse(c).until(lastMonth, ChronoUnit.MONTHS) + 1]);
            active[((Number) row.get("month_offset")).intValue()] = ((Number) row.get("customers")).longValue();
        }
        activeByCohort.forEach((cohort, active) -> {
            ObjectNode row = cohorts.addObject();
            row.put("cohort", cohort);
            row.put("customers", active[0]);
            ArrayNode counts = row.putArray("active_customers");
            ArrayNode retention = row.putArray("retention");
            for (long count : active) {
                counts.add(count);
                retention.add(JsonValues.round(count * 1.0 / active[0], JsonValues.RATIO_DECIMALS));
            }
        });
        return node;
    }
}
