package io.saleslens.pipeline;

import static io.saleslens.pipeline.DealTable.LOST;
import static io.saleslens.pipeline.DealTable.OPEN;
import static io.saleslens.pipeline.DealTable.TABLE;
import static io.saleslens.pipeline.DealTable.UNCLASSIFIED;
import static io.saleslens.pipeline.DealTable.WON;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.PipelineSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pipeline} figures of a deal source, in the engine: deals by class, win rates, open and weighted
 * pipeline (by stage and close month), average won deal, sales cycle and the same per owner, region, industry and
 * product family. Money is rounded to cents and ratios to six decimals; a figure that cannot be computed is null
 * beside a {@code reason}.
 */
public final class PipelineMetrics {
    public static final List<String> DIMENSIONS = List.of("owner", "region", "industry", "product_family");
    static final List<String> CLASSES = List.of(WON, LOST, OPEN, UNCLASSIFIED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engine engine;
    private final SqlDialect sql;

    public PipelineMetrics(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /** Adds {@code pipeline} to the metrics when the spec describes deals; order data has none. */
    public void measure(DatasetSpec spec, ObjectNode metrics) {
        if (spec.pipeline() != null) {
            metrics.set("pipeline", figures(spec.pipeline()));
        }
    }

    ObjectNode figures(PipelineSpec pipeline) {
        DealTable.build(engine, pipeline);
        ObjectNode node = JSON.createObjectNode();
        node.set("definitions", PipelineDefinitions.of(pipeline));
        Map<String, Object> summary = engine.query(summaryQuery()).get(0);
        node.set("deals", JSON.valueToTree(summary.get("deals")));
        ObjectNode classes = node.putObject("classes");
        for (String dealClass : CLASSES) {
            ObjectNode entry = classes.putObject(dealClass);
            entry.set("deals", JSON.valueToTree(summary.get(dealClass + "_deals")));
            entry.set("amount", JSON.valueToTree(summary.get(dealClass + "_amount")));
            entry.set("deals_without_amount", JSON.valueToTree(summary.get(dealClass + "_without_amount")));
        }
        node.set(
                "unclassified_stages",
                rows("SELECT stage, count(*) AS deals, round(coalesce(sum(amount), 0), 2) AS amount FROM " + TABLE
                        + " WHERE deal_class = '" + UNCLASSIFIED
                        + "' GROUP BY stage ORDER BY deals DESC, stage NULLS LAST"));
        node.set("win_rate", winRate(summary));
        node.set("won_revenue", JSON.valueToTree(summary.get(WON + "_amount")));
        node.set("average_won_deal", figure(summary.get("average_won_deal"), "no won deal has an amount"));
        node.set("open_pipeline", openPipeline(pipeline, summary));
        node.set("sales_cycle_days", SalesCycle.of(engine, pipeline));
        ObjectNode byDimension = node.putObject("by");
        for (String dimension : DIMENSIONS) {
            if (pipeline.columns().containsKey(dimension)) {
                byDimension.set(dimension, byDimension(dimension));
            }
        }
        return node;
    }

    private String summaryQuery() {
        StringBuilder sums = new StringBuilder("SELECT count(*) AS deals");
        for (String dealClass : CLASSES) {
            String is = "deal_class = '" + dealClass + "'";
            sums.append(", coalesce(sum(CASE WHEN ")
                    .append(is)
                    .append(" THEN 1 ELSE 0 END), 0) AS ")
                    .append(dealClass)
                    .append("_deals")
                    .append(", sum(CASE WHEN ")
                    .append(is)
                    .append(" THEN amount END) AS ")
                    .append(dealClass)
                    .append("_sum")
                    .append(", coalesce(sum(CASE WHEN ")
                    .append(is)
                    .append(" AND amount IS NULL THEN 1 ELSE 0 END), 0) AS ")
                    .append(dealClass)
                    .append("_without_amount");
        }
        sums.append(", sum(CASE WHEN deal_class = '" + OPEN + "' THEN amount * probability END) AS weighted")
                .append(", coalesce(sum(CASE WHEN deal_class = '" + OPEN
                        + "' AND probability IS NULL THEN 1 ELSE 0 END), 0)" + " AS open_without_probability")
                .append(" FROM ")
                .append(TABLE);
        StringBuilder select = new StringBuilder("SELECT deals");
        for (String dealClass : CLASSES) {
            select.append(", ")
                    .append(dealClass)
                    .append("_deals, round(coalesce(")
                    .append(dealClass)
                    .append("_sum, 0), 2) AS ")
                    .append(dealClass)
                    .append("_amount, ")
                    .append(dealClass)
                    .append("_without_amount");
        }
        select.append(", round(CAST(won_deals AS DOUBLE) / nullif(won_deals + lost_deals, 0), 6) AS win_rate_by_count")
                .append(
                        ", round(coalesce(won_sum, 0) / nullif(coalesce(won_sum, 0) + coalesce(lost_sum, 0), 0), 6) AS win_rate_by_value")
                .append(", round(won_sum / nullif(won_deals - won_without_amount, 0), 2) AS average_won_deal")
                .append(", round(weighted, 2) AS weighted, open_without_probability")
                .append(" FROM (")
                .append(sums)
                .append(") s");
        return select.toString();
    }

    private ObjectNode winRate(Map<String, Object> summary) {
        ObjectNode node = JSON.createObjectNode();
        long won = ((Number) summary.get(WON + "_deals")).longValue();
        long lost = ((Number) summary.get(LOST + "_deals")).longValue();
        node.put("closed_deals", won + lost);
        node.set("by_count", JSON.valueToTree(summary.get("win_rate_by_count")));
        node.set("by_value", JSON.valueToTree(summary.get("win_rate_by_value")));
        if (won + lost == 0) {
            node.put("reason", "no closed deals: no deal is in won_stages or lost_stages");
        } else if (summary.get("win_rate_by_value") == null) {
            node.put("reason", "the closed deals have no amount, so the win rate by value cannot be computed");
        }
        return node;
    }

    private ObjectNode openPipeline(PipelineSpec pipeline, Map<String, Object> summary) {
        ObjectNode node = JSON.createObjectNode();
        node.set("deals", JSON.valueToTree(summary.get(OPEN + "_deals")));
        node.set("amount", JSON.valueToTree(summary.get(OPEN + "_amount")));
        node.set("deals_without_amount", JSON.valueToTree(summary.get(OPEN + "_without_amount")));
        boolean hasProbability = pipeline.columns().containsKey("probability");
        node.set("weighted", JSON.valueToTree(hasProbability ? summary.get("weighted") : null));
        node.set(
                "deals_without_probability",
                JSON.valueToTree(hasProbability ? summary.get("open_without_probability") : null));
        if (!hasProbability) {
            node.put("weighted_reason", "the pipeline has no probability column");
        } else if (summary.get("weighted") == null) {
            node.put("weighted_reason", "no open deal has both an amount and a probability");
        }
        node.set("by_stage", byStage(pipeline));
        if (pipeline.columns().containsKey("close_date")) {
            node.set(
                    "by_close_month",
                    rows("SELECT " + sql.yearMonth("close_date") + " AS month, count(*) AS deals,"
                            + " round(coalesce(sum(amount), 0), 2) AS amount, round(sum(amount * probability), 2) AS weighted FROM "
                            + TABLE
                            + " WHERE deal_class = '" + OPEN + "' GROUP BY " + sql.yearMonth("close_date")
                            + " ORDER BY month NULLS LAST"));
        } else {
            node.putNull("by_close_month");
            node.put("by_close_month_reason", "the pipeline has no close_date column");
        }
        return node;
    }

    /** Every open stage in the order of open_stages, with zeros for a stage no deal is in. */
    private ArrayNode byStage(PipelineSpec pipeline) {
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        rows("SELECT stage, count(*) AS deals, round(coalesce(sum(amount), 0), 2) AS amount,"
                        + " coalesce(sum(CASE WHEN amount IS NULL THEN 1 ELSE 0 END), 0) AS deals_without_amount,"
                        + " round(sum(amount * probability), 2) AS weighted FROM " + TABLE + " WHERE deal_class = '"
                        + OPEN + "' GROUP BY stage")
                .forEach(row -> found.put(row.path("stage").asText(), (ObjectNode) row));
        ArrayNode ordered = JSON.createArrayNode();
        for (String stage : pipeline.openStages()) {
            ObjectNode row = found.get(stage);
            if (row == null) {
                row = JSON.createObjectNode()
                        .put("stage", stage)
                        .put("deals", 0)
                        .put("amount", 0.0)
                        .put("deals_without_amount", 0);
                row.putNull("weighted");
            }
            ordered.add(row);
        }
        return ordered;
    }

    private ArrayNode byDimension(String dimension) {
        String key = "coalesce(" + sql.quote(dimension) + ", 'Unknown')";
        String won = "deal_class = '" + WON + "'";
        String lost = "deal_class = '" + LOST + "'";
        String open = "deal_class = '" + OPEN + "'";
        return rows("SELECT name AS " + sql.quote(dimension) + ", deals, won_deals, lost_deals, open_deals,"
                + " round(coalesce(won_sum, 0), 2) AS won_revenue,"
                + " round(CAST(won_deals AS DOUBLE) / nullif(won_deals + lost_deals, 0), 6) AS win_rate,"
                + " round(coalesce(open_sum, 0), 2) AS open_pipeline, round(weighted, 2) AS weighted_pipeline FROM ("
                + "SELECT " + key + " AS name, count(*) AS deals,"
                + " coalesce(sum(CASE WHEN " + won + " THEN 1 ELSE 0 END), 0) AS won_deals,"
                + " coalesce(sum(CASE WHEN " + lost + " THEN 1 ELSE 0 END), 0) AS lost_deals,"
                + " coalesce(sum(CASE WHEN " + open + " THEN 1 ELSE 0 END), 0) AS open_deals,"
                + " sum(CASE WHEN " + won + " THEN amount END) AS won_sum, sum(CASE WHEN " + open
                + " THEN amount END) AS open_sum,"
                + " sum(CASE WHEN " + open + " THEN amount * probability END) AS weighted"
                + " FROM " + TABLE + " GROUP BY " + key + ") g"
                + " ORDER BY won_revenue DESC, open_pipeline DESC, deals DESC, name");
    }

    private ArrayNode rows(String query) {
        return JSON.valueToTree(engine.query(query));
    }

    static ObjectNode figure(Object value, String reasonWhenNull) {
        ObjectNode node = JSON.createObjectNode();
        node.set("value", JSON.valueToTree(value));
        if (value == null) {
            node.put("reason", reasonWhenNull);
        }
        return node;
    }
}
