package io.saleslens.analysis;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.stage.Tables;

/**
 * One row per customer and month with a dated order ({@code work.analysis_customer_months}): the month, the customer's
 * cohort (the month of their first dated order), the months since it, and the revenue of the customer's orders in the
 * month. New-versus-returning and cohort retention both count customers per month; grouping the orders by customer and
 * month once serves both, where each counted distinct customers over the orders.
 */
final class CustomerMonths {
    static final String TABLE = Tables.scratch("analysis", "customer_months");

    private CustomerMonths() {}

    /** Builds the table from {@link OrderTable}, which must exist; customers without a dated order have no row. */
    static void build(Engine engine) {
        SqlDialect sql = engine.dialect();
        String month = sql.yearMonth("o.order_date");
        String cohort = sql.yearMonth("f.first_date");
        String monthOffset =
                "(year(o.order_date) - year(f.first_date)) * 12 + month(o.order_date) - month(f.first_date)";
        engine.replaceTable(
                TABLE,
                "WITH firsts AS (SELECT customer_id, min(order_date) AS first_date FROM " + OrderTable.TABLE
                        + " WHERE customer_id IS NOT NULL AND order_date IS NOT NULL GROUP BY customer_id)"
                        + " SELECT o.customer_id, " + month + " AS month, " + cohort + " AS cohort, " + monthOffset
                        + " AS month_offset, sum(o.revenue) AS revenue FROM " + OrderTable.TABLE
                        + " o JOIN firsts f ON o.customer_id = f.customer_id WHERE o.order_date IS NOT NULL"
                        + " GROUP BY o.customer_id, " + month + ", " + cohort + ", " + monthOffset);
    }
}
