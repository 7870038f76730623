package io.saleslens.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws the dashboards from the metrics document into {@code dashboards/}, and their printed copies when the run
 * prints PDF reports.
 */
public final class DashboardStage implements Stage {

    @Override
    public String name() {
        return "dashboards";
    }

    /**
     * Draws every dashboard once from an empty document, in memory, on a background thread while the SQL stages run:
     * the first drawing in a JVM loads and initialises Java 2D, the fonts, JFreeChart and the PNG writer, about as long
     * as drawing all three dashboards again. Nothing it draws is kept; a failure here only means the stage pays that
     * time itself.
     */
    @Override
    public void prepare() {
        Thread warmUp = new Thread(DashboardStage::drawEmptyDashboards, "saleslens-dashboard-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        // Whatever goes wrong here, the stage draws again for real and reports it there, not a stack trace here.
        warmUp.setUncaughtExceptionHandler((thread, failure) -> {});
        warmUp.start();
    }

    private static void drawEmptyDashboards() {
        JsonNode empty = JsonNodeFactory.instance.objectNode();
        for (Dashboard dashboard : new DashboardRenderer().dashboards()) {
            try {
                dashboard.png(empty);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public DrawnDashboards run(RunContext context) {
        return MoneySymbol.in(context.spec().currency(), () -> {
            try {
                return new DashboardRenderer()
                        .render(
                                context.metrics(),
                                context.runDir().resolve("dashboards"),
                                context.reportOptions().pdf());
            } catch (IOException e) {
                throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
            }
        });
    }
}
