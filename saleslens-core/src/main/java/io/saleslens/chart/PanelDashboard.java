package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** A dashboard drawn as a grid of chart panels under a title and a subtitle of key figures. */
interface PanelDashboard extends Dashboard {

    String title();

    /** The key figures shown under the title. */
    String subtitle(MetricsDocument document);

    List<JFreeChart> panels(MetricsDocument document);

    @Override
    default byte[] png(JsonNode metrics, DashboardSize size) throws IOException {
        MetricsDocument document = new MetricsDocument(metrics);
        return new DashboardCanvas(title(), subtitle(document), size).png(panels(document));
    }
}
