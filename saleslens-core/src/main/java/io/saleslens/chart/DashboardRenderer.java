package io.saleslens.chart;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every dashboard of a run into its {@code dashboards/} folder. Drawing goes to in-memory
 * images only, so no display is needed (run with {@code -Djava.awt.headless=true} on servers).
 */
public final class DashboardRenderer {

    private final List<Dashboard> dashboards;

    /** The run's standard dashboards: executive KPI trend, business performance and customer segments. */
    public DashboardRenderer() {
        this(List.of(
                new ExecutiveKpiTrendDashboard(), new BusinessPerformanceDashboard(), new CustomerSegmentsDashboard()));
    }

    public DashboardRenderer(List<Dashboard> dashboards) {
        this.dashboards = List.copyOf(requireNonNull(dashboards, "dashboards is null"));
    }

    /**
     * Draws each dashboard from {@code metrics} (the parsed {@code metrics.json}).
     *
     * @return the drawn images by dashboard name, in dashboard order, as written to {@code <name>.png}
     */
    public DrawnDashboards render(JsonNode metrics, Path dashboardsDir) throws IOException {
        return render(metrics, dashboardsDir, false);
    }

    /**
     * Draws each dashboard from {@code metrics}, and with {@code forPrint} its printed copy as well.
     *
     * @return the drawn images by dashboard name, in dashboard order, as written to {@code <name>.png}; with
     *     {@code forPrint}, the printed copies by the same names
     */
    public DrawnDashboards render(JsonNode metrics, Path dashboardsDir, boolean forPrint) throws IOException {
        requireNonNull(metrics, "metrics is null");
        requireNonNull(dashboardsDir, "dashboardsDir is null");
        Files.createDirectories(dashboardsDir);
        Map<String, byte[]> drawn = new LinkedHashMap<>();
        Map<String, byte[]> printed = new LinkedHashMap<>();
        for (Dashboard dashboard : dashboards) {
            byte[] png = dashboard.png(metrics);
            Files.write(dashboardsDir.resolve(dashboard.name() + ".png"), png);
            drawn.put(dashboard.name(), png);
            if (forPrint) {
                printed.put(dashboard.name(), dashboard.png(metrics, DashboardSize.PRINT));
            }
        }
        return new DrawnDashboards(drawn, printed);
    }
}
