package io.saleslens.chart;

import io.saleslens.stage.StageResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the dashboard stage hands on to the reports: each dashboard's PNG image by name, as written to
 * {@code dashboards/<name>.png}, so the HTML reports embed them without reading the files back; and, when the run
 * prints PDFs, each dashboard's printed copy ({@link DashboardSize#PRINT}), which is not written as a file.
 */
public record DrawnDashboards(Map<String, byte[]> images, Map<String, byte[]> printImages) implements StageResult {

    public DrawnDashboards {
        images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
        printImages = Collections.unmodifiableMap(new LinkedHashMap<>(printImages));
    }

    /** Screen images only, for a run that prints no PDF. */
    public DrawnDashboards(Map<String, byte[]> images) {
        this(images, Map.of());
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
