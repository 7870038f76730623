package io.saleslens.insight;

import io.saleslens.stage.StageResult;
import java.util.List;

/** What the insight stage hands on to the reports: the insights in rank order, as insights.json lists them. */
public record RankedInsights(List<Insight> insights) implements StageResult {

    public RankedInsights {
        insights = List.copyOf(insights);
    }

    @Override
    public long rows() {
        return insights.size();
    }
}
