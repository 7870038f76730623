package io.saleslens.chart;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.io.IOException;

/**
 * Draws the dashboards from the metrics document into {@code dashboards/}, and their printed copies when the run
 * prints PDF reports.
 */
public final class DashboardStage implements Stage {

    @Override
    public String name() {
        return "dashboards";
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
