package io.saleslens.serve;

import io.saleslens.catalog.Unit;
import io.saleslens.report.Figures;
import java.util.List;
import java.util.Optional;

/** Every run of the output folder, newest first: status, dataset, time, key figures, quality score, open alerts. */
final class RunsPage {
    private final RunFolders runs;

    RunsPage(RunFolders runs) {
        this.runs = runs;
    }

    String html() {
        List<RunSummary> all = runs.all();
        StringBuilder body = new StringBuilder("<h1>Runs</h1><p class=\"muted\">")
                .append(Html.text(Figures.count(all.size())))
                .append(" runs in ")
                .append(Html.text(runs.outDir().resolve("runs").toString()))
                .append(", newest first.</p><table class=\"runs\"><tr><th>Run</th><th>Status</th><th>Dataset</th>")
                .append("<th>Started</th><th>Revenue</th><th>Orders</th><th>Quality score</th><th>Open alerts</th>")
                .append("</tr>");
        for (int i = all.size() - 1; i >= 0; i--) {
            RunSummary run = all.get(i);
            body.append("<tr><td>")
                    .append(Html.link("/runs/" + run.folder() + "/", run.runId()))
                    .append("</td><td class=\"")
                    .append(run.succeeded() ? "good" : "failed")
                    .append("\">")
                    .append(Html.text(run.status()));
            run.error()
                    .ifPresent(error -> body.append("<br><span class=\"error\">")
                            .append(Html.text(error))
                            .append("</span>"));
            body.append("</td><td>")
                    .append(Html.text(run.dataset()))
                    .append("</td><td>")
                    .append(Html.text(run.startedAt()))
                    .append("</td>")
                    .append(run.inCurrency(() -> number(Unit.CURRENCY, run.revenue())))
                    .append(number(Unit.COUNT, run.orders()))
                    .append(number(Unit.RATIO, run.qualityScore()))
                    .append("<td class=\"n\">")
                    .append(run.succeeded() ? Integer.toString(run.alertsHolding()) : "")
                    .append("</td></tr>");
        }
        return Html.page("Runs", body.append("</table>").toString());
    }

    private static String number(Unit unit, Optional<Double> value) {
        return "<td class=\"n\">"
                + Html.text(value.map(v -> Figures.inUnit(unit, v)).orElse("")) + "</td>";
    }
}
