package io.saleslens.serve;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.stage.PublishedRun;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One published run as the run list shows it: its folder and id, status, dataset, times, error and its key figures,
 * read from its manifest, metrics.json, quality.json and alerts.json.
 *
 * @param folder the run's folder under runs/, as its manifest names it; the site's links use it
 * @param currency the ISO code money is in (metrics.json dataset.currency); empty for a run without metrics
 * @param alertsHolding the alerts of alerts.json that hold (fired or ongoing)
 */
record RunSummary(
        String folder,
        String runId,
        String status,
        String dataset,
        String startedAt,
        String finishedAt,
        Optional<String> error,
        Optional<String> currency,
        Optional<Double> revenue,
        Optional<Double> orders,
        Optional<Double> averageOrderValue,
        Optional<Double> activeCustomers,
        Optional<Double> qualityScore,
        int alertsHolding) {

    RunSummary {
        requireNonNull(folder, "folder is null");
        requireNonNull(runId, "runId is null");
        requireNonNull(status, "status is null");
    }

    static RunSummary of(PublishedRun run) {
        JsonNode manifest = run.manifest();
        JsonNode totals = run.metrics().path("totals");
        int holding = 0;
        for (JsonNode alert : run.alerts().path("alerts")) {
            if (Alerts.holds(alert)) {
                holding++;
            }
        }
        return new RunSummary(
                manifest.path("folder").asText(run.folder()),
                run.runId(),
                manifest.path("status").asText("unknown"),
                manifest.path("spec_name").asText(""),
                manifest.path("started_at").asText(""),
                manifest.path("finished_at").asText(""),
                text(manifest.path("error")),
                text(run.metrics().path("dataset").path("currency")),
                number(totals.path("revenue")),
                number(totals.path("orders")),
                number(totals.path("avg_order_value")),
                number(totals.path("customers_with_orders")),
                number(run.quality().path("score").path("overall")),
                holding);
    }

    /** Runs {@code work} with money written in this run's currency, as its reports write it. */
    <T> T inCurrency(Supplier<T> work) {
        return MoneySymbol.in(currency.orElse(null), work);
    }

    boolean succeeded() {
        return status.equals("succeeded");
    }

    private static Optional<String> text(JsonNode value) {
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<Double> number(JsonNode value) {
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }
}
