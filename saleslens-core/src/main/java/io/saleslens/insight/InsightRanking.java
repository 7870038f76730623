package io.saleslens.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule and ranks what they find by score, highest first; ties go by type and subject so the order is stable. */
public final class InsightRanking {
    static final Comparator<Insight> ORDER = Comparator.comparingDouble(Insight::score)
            .reversed()
            .thenComparing(Insight::type)
            .thenComparing(Insight::subject);

    private final List<InsightRule> rules;

    public InsightRanking(List<InsightRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped rules: one per insight type. */
    public static InsightRanking standard() {
        return new InsightRanking(List.of(
                new TopContributorRule(),
                new SegmentGapRule(),
                new TrendRule(),
                new ChangePointRule(),
                new SeasonalPeakRule(),
                new AnomalyRule(),
                new ConcentrationRule(),
                new GrowthRule(),
                new RfmMovementRule(),
                new CohortRetentionRule(),
                new ForecastRule(),
                new DriversRule(),
                new DataQualityRule(),
                new DependenceRule(),
                new UnknownSegmentRule(),
                new PeriodCoverageRule()));
    }

    public List<String> types() {
        return rules.stream().map(InsightRule::type).toList();
    }

    public List<Insight> rank(InsightInput input) {
        List<Insight> insights = new ArrayList<>();
        for (InsightRule rule : rules) {
            insights.addAll(rule.evaluate(input));
        }
        insights.sort(ORDER);
        return insights;
    }
}
