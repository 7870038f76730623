package io.saleslens.chart;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.run.RunContext;
import io.saleslens.run.Stage;
import java.io.IOException;

/** Draws the dashboards from the metrics document into {@code dashboards/}. */
public final class DashboardStage implements Stage {

    @Override
    public String name() {
        return "dashboards";
    }

    @Override
    public long run(RunContext context) {
        return MoneySymbol.in(context.spec().currency(), () -> {
            try {
                return (long) new DashboardRenderer().render(context.metrics(), context.runDir().resolve("dashboards")).size();
            } catch (IOException e) {
                throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
            }
        });
    }
}
