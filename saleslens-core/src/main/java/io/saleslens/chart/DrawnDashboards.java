package io.saleslens.chart;

import io.saleslens.stage.StageResult;
import java.util.Set;

/** What the dashboard stage hands on to the reports: the names of the dashboards it drew into {@code dashboards/}. */
public record DrawnDashboards(Set<String> names) implements StageResult {

    public DrawnDashboards {
        names = Set.copyOf(names);
    }

    @Override
    public long rows() {
        return names.size();
    }
}
