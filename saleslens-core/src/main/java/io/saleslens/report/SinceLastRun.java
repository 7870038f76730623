package io.saleslens.report;

import java.util.List;

/**
 * How a department's report shows the comparison with the previous run: whether the block leads the report (right
 * after the title) or follows the scope, and the catalogue keys of the whole-run figures its table lists.
 */
public record SinceLastRun(Boolean lead, List<String> metrics) {
    static final List<String> DEFAULT_METRICS = List.of(
            "totals.revenue",
            "totals.orders",
            "totals.avg_order_value",
            "totals.customers_with_orders",
            "score.overall");

    public SinceLastRun {
        lead = lead != null && lead;
        metrics = metrics == null || metrics.isEmpty() ? DEFAULT_METRICS : List.copyOf(metrics);
    }

    static SinceLastRun defaults() {
        return new SinceLastRun(false, null);
    }
}
