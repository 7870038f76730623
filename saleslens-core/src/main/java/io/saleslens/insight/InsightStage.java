package io.saleslens.insight;

import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.util.List;

/**
 * After analysis, before reports: runs the insight rules over the metrics and quality documents,
 * stores the figures they derive under metrics key {@value #METRICS_KEY}, and writes the ranked list
 * to insights.json.
 */
public final class InsightStage implements Stage {
    public static final String METRICS_KEY = "insights";

    private final InsightRanking ranking;

    public InsightStage() {
        this(InsightRanking.standard());
    }

    InsightStage(InsightRanking ranking) {
        this.ranking = ranking;
    }

    @Override
    public String name() {
        return "insights";
    }

    @Override
    public RankedInsights run(RunContext context) {
        context.metrics().remove(METRICS_KEY);
        InsightInput input = new InsightInput(
                context.metrics(), context.quality(), context.metrics().putObject(METRICS_KEY));
        List<Insight> ranked = ranking.rank(input);
        InsightsDocument.write(
                context.runDir().resolve(InsightsDocument.FILE_NAME),
                context.runId().toString(),
                ranked);
        return new RankedInsights(ranked);
    }
}
