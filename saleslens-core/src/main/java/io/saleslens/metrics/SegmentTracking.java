package io.saleslens.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.model.OrderCustomers;
import io.saleslens.model.OrderFacts;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.stage.Tables;

/**
 * The figures a team follows per segment of the spec's first segment attribute, in the engine over the order facts:
 * revenue, orders and customers per segment and calendar month ({@code segment_monthly}), and the repeat purchase
 * rate per segment ({@code segment_repeat_purchase}: customers with two or more orders over customers with orders).
 * Sales whose customer is not in the customer dimension belong to no segment; a missing segment value is Unknown.
 */
public final class SegmentTracking {
    private final Engine engine;
    private final SqlDialect sql;

    public SegmentTracking(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /** Adds both sections when the spec names a segment attribute. */
    public void measure(DatasetSpec spec, ObjectNode metrics) {
        if (spec.segments().isEmpty()) {
            return;
        }
        String attribute = spec.segments().get(0);
        ObjectNode monthly = metrics.putObject("segment_monthly");
        monthly.put("attribute", attribute);
        monthly.set("rows", JsonRows.array(engine.query(monthlyQuery(attribute))));
        ObjectNode repeat = metrics.putObject("segment_repeat_purchase");
        repeat.put("attribute", attribute);
        repeat.set("rows", JsonRows.array(engine.query(repeatQuery(attribute))));
    }

    private String segment(String attribute) {
        return "coalesce(" + OrderCustomers.attribute(sql, "o", attribute) + ", 'Unknown')";
    }

    /** Dated orders only: an undated order has no month. */
    String monthlyQuery(String attribute) {
        return "SELECT " + segment(attribute) + " AS segment, " + sql.yearMonth("o.order_date") + " AS month,"
                + " round(sum(o.revenue), 2) AS revenue, " + OrderFacts.countOrders(engine, "o.order_number")
                + " AS orders,"
                + " count(DISTINCT o.customer_id) AS customers"
                + " FROM " + Tables.ORDER_CUSTOMERS + " o WHERE " + OrderCustomers.knownCustomer("o")
                + " AND o.order_date IS NOT NULL GROUP BY 1, 2 ORDER BY 2, 1";
    }

    /**
     * Orders are order numbers, as in customer_behaviour: when every order names one customer, the segments' repeat
     * customers add up to its repeat_customers.
     */
    String repeatQuery(String attribute) {
        return "WITH per_customer AS (SELECT " + segment(attribute) + " AS segment, o.customer_id,"
                + " " + OrderFacts.countOrders(engine, "o.order_number") + " AS orders FROM "
                + Tables.ORDER_CUSTOMERS + " o WHERE " + OrderCustomers.knownCustomer("o")
                + " AND o.order_number IS NOT NULL GROUP BY 1, 2)"
                + " SELECT segment, count(*) AS customers_with_orders,"
                + " coalesce(sum(CASE WHEN orders >= 2 THEN 1 ELSE 0 END), 0) AS repeat_customers,"
                + " round(sum(CASE WHEN orders >= 2 THEN 1 ELSE 0 END) * 1.0 / count(*), 6) AS repeat_purchase_rate"
                + " FROM per_customer GROUP BY segment ORDER BY customers_with_orders DESC, segment";
    }
}
