package io.saleslens.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;

/**
 * A small metrics document: monthly revenue and orders from the first order date's month to the last's, month i
 * (from 0) with revenue 100 × (i + 1) and i + 1 orders, split 60/40 between the Married and Single segments.
 */
final class MetricsFixture {
    private MetricsFixture() {}

    static ObjectNode metrics(String firstOrderDate, String lastOrderDate) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode metrics = json.objectNode();
        metrics.putObject("totals").put("first_order_date", firstOrderDate).put("last_order_date", lastOrderDate);
        ArrayNode monthly = metrics.putArray("monthly");
        ObjectNode segmentMonthly = metrics.putObject("segment_monthly").put("attribute", "marital_status");
        ArrayNode segmentRows = segmentMonthly.putArray("rows");
        YearMonth last = YearMonth.parse(lastOrderDate.substring(0, 7));
        int index = 0;
        for (YearMonth month = YearMonth.parse(firstOrderDate.substring(0, 7));
                !month.isAfter(last);
                month = month.plusMonths(1), index++) {
            double revenue = 100.0 * (index + 1);
            monthly.addObject()
                    .put("month", month.toString())
                    .put("revenue", revenue)
                    .put("orders", index + 1)
                    .put("customers", index + 1);
            segmentRows
                    .addObject()
                    .put("segment", "Married")
                    .put("month", month.toString())
                    .put("revenue", revenue * 0.6);
            segmentRows
                    .addObject()
                    .put("segment", "Single")
                    .put("month", month.toString())
                    .put("revenue", revenue * 0.4);
        }
        return metrics;
    }

    /** The sum of a monthly field over the months whose name starts with the prefix (a year, or a month). */
    static double sum(ObjectNode metrics, String field, String monthPrefix) {
        double total = 0;
        for (var row : metrics.path("monthly")) {
            if (row.path("month").asText().startsWith(monthPrefix)) {
                total += row.path(field).asDouble();
            }
        }
        return total;
    }
}
