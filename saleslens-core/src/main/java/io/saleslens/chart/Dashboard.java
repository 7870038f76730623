package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One dashboard image drawn from the metrics document; a new dashboard is one more implementation. */
public interface Dashboard {

    /** File name without extension, e.g. {@code executive_kpis_trend}. */
    String name();

    /** Draws the dashboard from {@code metrics} (the parsed {@code metrics.json}) as a PNG image for the screen. */
    default byte[] png(JsonNode metrics) throws IOException {
        return png(metrics, DashboardSize.SCREEN);
    }

    /** Draws the dashboard laid out on {@code size}, such as the copy printed in a PDF. */
    byte[] png(JsonNode metrics, DashboardSize size) throws IOException;

    /** Draws the dashboard and writes {@code <name>.png} into {@code dashboardsDir}, which must exist; returns the file. */
    default Path render(JsonNode metrics, Path dashboardsDir) throws IOException {
        return Files.write(dashboardsDir.resolve(name() + ".png"), png(metrics));
    }
}
