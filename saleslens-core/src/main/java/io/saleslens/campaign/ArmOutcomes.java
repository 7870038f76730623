package io.saleslens.campaign;

import io.saleslens.campaign.LiftStatistics.GroupSummary;
import io.saleslens.engine.Engine;
import io.saleslens.model.OrderFacts;
import io.saleslens.stage.Tables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each arm did in the window, summed in the engine: per arm, its customers, how many ordered at least once,
 * and the mean and sample variance of orders and of revenue per customer (customers without an order count as 0).
 *
 * @param customers customers of the arm in the data
 * @param converted customers with at least one order dated in the window
 * @param orders orders per customer
 * @param revenue revenue per customer
 */
record ArmOutcomes(long customers, long converted, GroupSummary orders, GroupSummary revenue) {

    /** The dated orders' first and last day, or null when no order is dated. */
    record DataSpan(LocalDate first, LocalDate last) {
        static DataSpan of(Engine engine) {
            Map<String, Object> row = engine.query("SELECT CAST(min(order_date) AS STRING) AS first_day,"
                            + " CAST(max(order_date) AS STRING) AS last_day FROM " + Tables.ORDER_FACTS)
                    .get(0);
            Object first = row.get("first_day");
            return first == null
                    ? null
                    : new DataSpan(
                            LocalDate.parse(first.toString()),
                            LocalDate.parse(row.get("last_day").toString()));
        }

        boolean covers(LocalDate start, LocalDate end) {
            return !start.isBefore(first) && !end.isAfter(last);
        }
    }

    GroupSummary conversion() {
        return GroupSummary.ofProportion(converted, customers);
    }

    /**
     * The outcomes of every arm of {@code arms} (a query of {@code customer_id, arm}, one row per customer) over the
     * window, by arm name.
     */
    static Map<String, ArmOutcomes> of(Engine engine, String arms, LocalDate start, LocalDate end) {
        List<Map<String, Object>> rows = engine.query("WITH in_window AS (SELECT customer_id,"
                + " " + OrderFacts.countOrders(engine, "order_number") + " AS orders, sum(revenue) AS revenue FROM "
                + Tables.ORDER_FACTS
                + " WHERE order_date BETWEEN DATE '" + start + "' AND DATE '" + end + "' GROUP BY customer_id),"
                + " per_customer AS (SELECT a.arm, coalesce(w.orders, 0) AS orders,"
                + " CAST(coalesce(w.revenue, 0) AS DOUBLE) AS revenue FROM (" + arms + ") a LEFT JOIN in_window w"
                + " ON w.customer_id = a.customer_id)"
                + " SELECT arm, count(*) AS customers, sum(CASE WHEN orders > 0 THEN 1 ELSE 0 END) AS converted,"
                + " avg(CAST(orders AS DOUBLE)) AS mean_orders, coalesce(var_samp(CAST(orders AS DOUBLE)), 0) AS"
                + " var_orders, avg(revenue) AS mean_revenue, coalesce(var_samp(revenue), 0) AS var_revenue"
                + " FROM per_customer GROUP BY arm");
        Map<String, ArmOutcomes> byArm = new HashMap<>();
        for (Map<String, Object> row : rows) {
            long customers = ((Number) row.get("customers")).longValue();
            byArm.put(
                    (String) row.get("arm"),
                    new ArmOutcomes(
                            customers,
                            ((Number) row.get("converted")).longValue(),
                            new GroupSummary(customers, number(row, "mean_orders"), number(row, "var_orders")),
                            new GroupSummary(customers, number(row, "mean_revenue"), number(row, "var_revenue"))));
        }
        return byArm;
    }

    private static double number(Map<String, Object> row, String key) {
        double value = ((Number) row.get(key)).doubleValue();
        // Rounding can leave a variance a hair below zero.
        return key.startsWith("var") ? Math.max(0, value) : value;
    }
}
