package io.saleslens.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.spec.PipelineSpec;

/** The rule of every pipeline figure, in words, written beside the figures so a reader of metrics.json has them. */
final class PipelineDefinitions {
    private PipelineDefinitions() {}

    static ObjectNode of(PipelineSpec pipeline) {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("deals", "every line of the source " + pipeline.from() + " is one deal");
        node.put(
                "classes",
                "won, lost or open when the stage (trimmed, compared exactly) is in won_stages, lost_stages or"
                        + " open_stages; unclassified when it is in none (listed by name in unclassified_stages)");
        node.put(
                "deals_without_amount",
                "deals whose amount is blank or not a number: counted in their class, left out of every sum");
        node.put(
                "win_rate",
                "by_count: won deals / (won + lost deals); by_value: won amount / (won + lost amount); null without closed deals");
        node.put("open_pipeline", "sum of the amounts of open deals");
        node.put(
                "weighted_pipeline",
                "sum of amount x probability over open deals with both; probability read as "
                        + pipeline.probabilityScale() + " and scaled to 0..1");
        node.put("average_won_deal", "won amount / won deals with an amount");
        node.put("sales_cycle_days", SalesCycle.METHOD);
        node.put(
                "by",
                "per owner, region, industry and product family (the columns the pipeline names); a missing value is Unknown;"
                        + " ordered by won revenue, open pipeline, deals, then name");
        return node;
    }
}
