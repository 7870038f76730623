package io.saleslens.chart;

import io.saleslens.insight.MoneySymbol;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Draws the dashboards from the metrics document into {@code dashboards/}. */
public final class DashboardStage implements Stage {

    @Override
    public String name() {
        return "dashboards";
    }

    @Override
    public DrawnDashboards run(RunContext context) {
        return MoneySymbol.in(context.spec().currency(), () -> {
            try {
                List<Path> drawn = new DashboardRenderer().render(context.metrics(), context.runDir().resolve("dashboards"));
                return new DrawnDashboards(drawn.stream().map(DashboardStage::name).collect(Collectors.toSet()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A dashboard's name: its file's name without {@code .png}, as the reports link it. */
    private static String name(Path image) {
        String file = image.getFileName().toString();
        return file.substring(0, file.length() - ".png".length());
    }
}
