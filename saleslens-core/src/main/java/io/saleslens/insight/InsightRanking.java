package io.saleslens.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule and ranks what they find: findings about the business first, then findings about the data; within
 * each, by score, highest first; ties go by type and subject so the order is stable.
 *
 * <p>Why two tiers: a data-quality check scores by the share of rows it fails on, so a check that fails on every row
 * (the freshness of an old export) scores 1 and would lead every report and the landing page with a sentence about
 * the data, ahead of what happened to sales. Such findings say how far to trust the figures, not what the figures
 * say; the reports give them their own quality sections, and the ranking keeps them after the business findings.
 */
public final class InsightRanking {
    /** The types whose findings describe the data itself (its checks, the period it covers, values it lacks). */
    static final Set<String> ABOUT_THE_DATA =
            Set.of(DataQualityRule.TYPE, PeriodCoverageRule.TYPE, UnknownSegmentRule.TYPE);

    /** The rule as insights.json states it. */
    public static final String RULE = "findings about the business first, then findings about the data ("
            + String.join(", ", ABOUT_THE_DATA.stream().sorted().toList())
            + "); within each, score = significance x impact, highest first";

    static final Comparator<Insight> ORDER = Comparator.comparing(InsightRanking::aboutTheData)
            .thenComparing(Comparator.comparingDouble(Insight::score).reversed())
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

    /** Whether an insight describes the data itself rather than the business. */
    static boolean aboutTheData(Insight insight) {
        return ABOUT_THE_DATA.contains(insight.type());
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
