package io.saleslens.campaign;

import static io.saleslens.campaign.CampaignArms.HOLDOUT;
import static io.saleslens.campaign.CampaignArms.TREATED;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * How the two arms drew apart during the window, week by week: for each week from the window's first day, the share
 * of each arm's customers who had ordered and the revenue per customer, both counted from the window's first day to
 * the week's last (the window's last day for a shorter final week). The last row equals the campaign's measures.
 * Cumulative rather than per week because a week holds few orders per arm: the running figure shows the gap build.
 */
final class CampaignProgress {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int WEEK = 7;

    private final Engine engine;

    CampaignProgress(Engine engine) {
        this.engine = engine;
    }

    /** The weekly rows of the arms of {@code arms} (a query of {@code customer_id, arm}) over the window. */
    ArrayNode weekly(String arms, LocalDate start, LocalDate end, ArmOutcomes treated, ArmOutcomes comparison) {
        int weeks = (int) (ChronoUnit.DAYS.between(start, end) / WEEK) + 1;
        double[][] revenue = new double[2][weeks];
        long[][] converted = new long[2][weeks];
        String week = "CAST(floor(" + engine.dialect().daysBetween("DATE '" + start + "'", "o.order_date") + " / "
                + WEEK + ") AS BIGINT)";
        String inWindow = "o.order_date BETWEEN DATE '" + start + "' AND DATE '" + end + "'";
        // One pass over the arms' orders in the window: each week's revenue, and the customers whose first order in
        // the window falls in it (row 1 of a customer's orders by date, so one per customer whatever the ties).
        String ordered = "SELECT a.arm, o.order_date, o.revenue, row_number() OVER (PARTITION BY a.arm, o.customer_id"
                + " ORDER BY o.order_date) AS nth FROM " + Tables.ORDER_FACTS + " o JOIN (" + arms
                + ") a ON a.customer_id = o.customer_id WHERE " + inWindow;
        for (Map<String, Object> row : engine.query("SELECT o.arm, " + week + " AS week, CAST(sum(o.revenue) AS"
                + " DOUBLE) AS revenue, sum(CASE WHEN o.nth = 1 THEN 1 ELSE 0 END) AS converted FROM (" + ordered
                + ") o GROUP BY o.arm, " + week)) {
            revenue[arm(row)][index(row)] += ((Number) row.get("revenue")).doubleValue();
            converted[arm(row)][index(row)] += ((Number) row.get("converted")).longValue();
        }
        List<ArmOutcomes> outcomes = List.of(treated, comparison);
        ArrayNode rows = JSON.arrayNode();
        double[] revenueSoFar = new double[2];
        long[] convertedSoFar = new long[2];
        for (int w = 0; w < weeks; w++) {
            LocalDate through = start.plusDays((long) WEEK * (w + 1) - 1);
            ObjectNode row = rows.addObject();
            row.put("week", w + 1);
            row.put("through", (through.isAfter(end) ? end : through).toString());
            for (int a = 0; a < 2; a++) {
                revenueSoFar[a] += revenue[a][w];
                convertedSoFar[a] += converted[a][w];
                long customers = outcomes.get(a).customers();
                String prefix = a == 0 ? "treated_" : "comparison_";
                row.put(prefix + "conversion", Math.round(1e6 * convertedSoFar[a] / customers) / 1e6);
                row.put(prefix + "revenue_per_customer", Math.round(100 * revenueSoFar[a] / customers) / 100.0);
            }
        }
        return rows;
    }

    private static int arm(Map<String, Object> row) {
        String arm = (String) row.get("arm");
        if (TREATED.equals(arm)) {
            return 0;
        }
        if (HOLDOUT.equals(arm)) {
            return 1;
        }
        throw new IllegalStateException("unknown campaign arm " + arm);
    }

    private static int index(Map<String, Object> row) {
        return ((Number) row.get("week")).intValue();
    }
}
