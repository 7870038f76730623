package io.saleslens.campaign;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.spec.CampaignSpec;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.util.List;

/**
 * Measures the spec's campaigns and adds {@code campaigns} to the metrics: the count configured and one entry per
 * campaign. Runs after the analyses, whose RFM segments the comparison without a holdout reads.
 */
public final class CampaignStage implements Stage {

    @Override
    public String name() {
        return "campaigns";
    }

    @Override
    public StageResult run(RunContext context) {
        List<CampaignSpec> campaigns = context.spec().campaigns();
        ObjectNode node = context.metrics().putObject("campaigns");
        node.put("configured", campaigns.size());
        node.put(
                "method",
                "per campaign, over its window: treated customers against the holdout (or, without one, untargeted"
                        + " customers of the same RFM segments); conversion = share with at least one order in the"
                        + " window, orders and revenue per customer count customers without an order as 0; 95 %"
                        + " intervals: Newcombe's hybrid score for conversion, Welch's t for means, Fieller for"
                        + " relative lifts; significant at 5 % when the absolute interval excludes 0");
        ArrayNode list = node.putArray("list");
        CampaignMeasurement measurement =
                new CampaignMeasurement(context.engine(), context.dataDir(), context.specOrigin());
        for (int i = 0; i < campaigns.size(); i++) {
            list.add(measurement.measure(i, campaigns.get(i)));
        }
        return StageResult.rows(campaigns.size());
    }
}
