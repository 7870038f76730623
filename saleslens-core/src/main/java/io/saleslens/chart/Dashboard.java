package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/** One dashboard image drawn from the metrics document; a new dashboard is one more implementation. */
public interface Dashboard {

    /** File name without extension, e.g. {@code executive_kpis_trend}. */
    String name();

    /**
     * Draws the dashboard from {@code metrics} (the parsed {@code metrics.json}) and writes
     * {@code <name>.png} into {@code dashboardsDir}, which must exist.
     *
     * @return the written file
     */
    Path render(JsonNode metrics, Path dashboardsDir) throws IOException;
}
