package io.saleslens.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What one department's report holds, as data a user can copy and change: the insight types it
 * follows and how many of them it shows, the key-figure tables, the dashboards, the actions that
 * answer its insights, its success metrics, the risks it watches with their mitigation, and the
 * departments it depends on, and how it shows the comparison with the previous run. Its name is its file's name. Free text in a profile carries no figures; figures come from the run.
 */
public record DepartmentProfile(
        String name,
        String title,
        String team,
        List<String> objectives,
        Integer topInsights,
        List<ProfileTopic> insights,
        List<String> keyFigures,
        List<String> dashboards,
        List<ProfileAction> actions,
        List<SuccessMetric> successMetrics,
        List<ProfileTopic> risks,
        Map<String, String> mitigation,
        List<ProfileDependency> dependencies,
        SinceLastRun sinceLastRun) {

    static final int DEFAULT_TOP_INSIGHTS = 5;

    public DepartmentProfile {
        name = name == null ? "" : name;
        requireNonNull(title, "title is null");
        requireNonNull(team, "team is null");
        topInsights = topInsights == null ? DEFAULT_TOP_INSIGHTS : topInsights;
        if (topInsights < 1) {
            throw new IllegalArgumentException("top_insights must be at least 1, not " + topInsights);
        }
        objectives = copy(objectives);
        insights = copy(insights);
        keyFigures = copy(keyFigures);
        dashboards = copy(dashboards);
        actions = copy(actions);
        successMetrics = copy(successMetrics);
        risks = copy(risks);
        mitigation = mitigation == null ? Map.of() : Map.copyOf(mitigation);
        dependencies = copy(dependencies);
        sinceLastRun = sinceLastRun == null ? SinceLastRun.defaults() : sinceLastRun;
    }

    /** The same profile under another name (a file's name wins over the name written inside it). */
    DepartmentProfile named(String newName) {
        return new DepartmentProfile(
                newName,
                title,
                team,
                objectives,
                topInsights,
                insights,
                keyFigures,
                dashboards,
                actions,
                successMetrics,
                risks,
                mitigation,
                dependencies,
                sinceLastRun);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
