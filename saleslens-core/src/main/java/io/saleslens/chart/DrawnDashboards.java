package io.saleslens.chart;

import io.saleslens.stage.StageResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the dashboard stage hands on to the reports: each dashboard's PNG image by name, as written to
 * {@code dashboards/<name>.png}, so the HTML reports embed them without reading the files back.
 */
public record DrawnDashboards(Map<String, byte[]> images) implements StageResult {

    public DrawnDashboards {
        images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
    }

    /** The names of the dashboards drawn, as the reports link them. */
    public Set<String> names() {
        return images.keySet();
    }

    @Override
    public long rows() {
        return images.size();
    }
}
