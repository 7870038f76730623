package io.saleslens.pipeline;

import static io.saleslens.pipeline.DealTable.TABLE;
import static io.saleslens.pipeline.DealTable.WON;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.spec.PipelineSpec;
import java.util.Map;

/**
 * The sales cycle of won deals in days, created date to close date: median and 90th percentile by linear
 * interpolation between ranks ({@code percentile_cont}, which both engines implement). A won deal closed before it
 * was created is left out and counted, as is one without both dates.
 */
final class SalesCycle {
    static final String METHOD =
            "days from created_date to close_date of won deals with both dates; a deal closed before it"
                    + " was created is left out and counted (closed_before_created); median and 90th percentile by linear interpolation"
                    + " between ranks (percentile_cont), rounded to 0.01 day";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SalesCycle() {}

    static ObjectNode of(Engine engine, PipelineSpec pipeline) {
        ObjectNode node = JSON.createObjectNode();
        node.put("method", METHOD);
        if (!pipeline.columns().containsKey("created_date")
                || !pipeline.columns().containsKey("close_date")) {
            node.putNull("median");
            node.putNull("p90");
            node.put("reason", "the pipeline needs both created_date and close_date columns");
            return node;
        }
        String days = engine.dialect().daysBetween("created_date", "close_date");
        Map<String, Object> row = engine.query(
                        "WITH spans AS (SELECT created_date, close_date, CAST(" + days + " AS DOUBLE) AS days FROM "
                                + TABLE + " WHERE deal_class = '" + WON + "'),"
                                + " counts AS (SELECT count(*) AS won_deals,"
                                + " coalesce(sum(CASE WHEN days IS NULL THEN 1 ELSE 0 END), 0) AS without_dates,"
                                + " coalesce(sum(CASE WHEN days < 0 THEN 1 ELSE 0 END), 0) AS closed_before_created FROM spans),"
                                + " quantiles AS (SELECT count(*) AS deals,"
                                + " round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days), 2) AS median,"
                                + " round(percentile_cont(0.9) WITHIN GROUP (ORDER BY days), 2) AS p90 FROM spans WHERE days >= 0)"
                                + " SELECT c.won_deals, c.without_dates, c.closed_before_created, q.deals, q.median, q.p90 FROM counts c, quantiles q")
                .get(0);
        node.set("deals", JSON.valueToTree(row.get("deals")));
        node.set("won_deals_without_dates", JSON.valueToTree(row.get("without_dates")));
        node.set("closed_before_created", JSON.valueToTree(row.get("closed_before_created")));
        node.set("median", JSON.valueToTree(row.get("median")));
        node.set("p90", JSON.valueToTree(row.get("p90")));
        if (row.get("median") == null) {
            node.put("reason", "no won deal has a created date and a close date in that order");
        }
        return node;
    }
}
