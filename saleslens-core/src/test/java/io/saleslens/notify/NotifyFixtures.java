package io.saleslens.notify;

import io.saleslens.alert.AlertOutcome;
import io.saleslens.alert.AlertState;
import io.saleslens.alert.Alerts;
import io.saleslens.catalog.Direction;
import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Unit;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.engine.Engine;
import io.saleslens.report.RenderedReports;
import io.saleslens.spec.AlertSeverity;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.SpecLoader;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.RunId;
import io.saleslens.stage.StageResult;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The inputs of the notify stage, written by hand: a run's alerts, its rendered reports and its comparison. */
final class NotifyFixtures {
    static final String RUN_ID = "20260124_231016_#6470e523";
    static final String PREVIOUS_RUN_ID = "20260117_090000_#1a2b3c4d";

    static final String REVENUE_MESSAGE = "Revenue fell 8.3% since the last run, from $1.20M to $1.10M.";
    static final String QUALITY_MESSAGE = "The quality score fell to 91.0%, below the bound of 95.0%.";
    static final String FRESHNESS_MESSAGE = "The newest order is 1 day old again.";

    static final AlertOutcome REVENUE_DROP = alert(
            "revenue-drop",
            AlertSeverity.CRITICAL,
            "sales",
            AlertState.FIRED,
            REVENUE_MESSAGE,
            Map.of("key", "totals.revenue", "before", 1_200_000.0, "after", 1_100_000.0));
    static final AlertOutcome QUALITY_SCORE = alert(
            "quality-score",
            AlertSeverity.WARN,
            "data-engineering",
            AlertState.WORSE,
            QUALITY_MESSAGE,
            Map.of("key", "score.overall", "after", 0.91, "bound", 0.95));
    static final AlertOutcome ORDERS_LOW = alert(
            "orders-low",
            AlertSeverity.INFO,
            "sales",
            AlertState.ONGOING,
            "Orders stay below 5,000.",
            Map.of("key", "totals.orders", "after", 4_800.0));
    static final AlertOutcome STALE_ORDERS =
            alert("stale-orders", AlertSeverity.WARN, "finance", AlertState.CLEARED, FRESHNESS_MESSAGE, Map.of());

    static final Alerts ALERTS = new Alerts(RUN_ID, List.of(REVENUE_DROP, QUALITY_SCORE, ORDERS_LOW, STALE_ORDERS));

    static final List<String> SALES_INSIGHTS = List.of(
            "Revenue reached **$1.10M** over 12 months.",
            "**Germany** brings 22.7% of revenue.",
            "Bikes make 61.0% of revenue.",
            "Accessories grew 4.0% year on year.");
    static final List<String> DATA_INSIGHTS = List.of("**91.0%** of source rows pass every check.");

    static final RenderedReports REPORTS = new RenderedReports(List.of(
            new RenderedReports.Rendered("sales", "Sales Report", SALES_INSIGHTS, "reports/sales.html"),
            new RenderedReports.Rendered(
                    "data-engineering", "Data Engineering Report", DATA_INSIGHTS, "reports/data-engineering.html")));

    static final String COUNTRY_REVENUE = "countries[country].revenue";

    static final Comparison COMPARISON = new Comparison(
            RUN_ID,
            "shop",
            PREVIOUS_RUN_ID,
            "runs/" + PREVIOUS_RUN_ID,
            null,
            null,
            List.of(
                    change("totals.revenue", null, Unit.CURRENCY, Grain.RUN, 1_200_000.0, 1_100_000.0, -0.08333),
                    change("totals.orders", null, Unit.COUNT, Grain.RUN, 5_000.0, 4_800.0, -0.04),
                    change("totals.customers", null, Unit.COUNT, Grain.RUN, 900.0, 950.0, 0.0556),
                    change("score.overall", null, Unit.RATIO, Grain.RUN, 0.97, 0.91, -0.06186),
                    change(COUNTRY_REVENUE, "Germany", Unit.CURRENCY, Grain.COUNTRY, 300_000.0, 250_000.0, -0.16667),
                    change(COUNTRY_REVENUE, "France", Unit.CURRENCY, Grain.COUNTRY, 200_000.0, 210_000.0, 0.05)),
            List.of(new Comparison.Ranking(Grain.COUNTRY, COUNTRY_REVENUE, "France", "Germany", List.of())),
            null,
            List.of(),
            List.of());

    private NotifyFixtures() {}

    static AlertOutcome alert(
            String name,
            AlertSeverity severity,
            String owner,
            AlertState state,
            String message,
            Map<String, Object> figures) {
        return new AlertOutcome(name, severity, owner, "change", state, message, null, null, figures, false);
    }

    static MetricChange change(
            String key, String member, Unit unit, Grain grain, double before, double after, double relative) {
        return new MetricChange(
                key,
                member,
                unit,
                Direction.UP,
                grain,
                before,
                after,
                null,
                null,
                after - before,
                relative,
                after > before);
    }

    /** A spec with the given {@code notify:} block, indented by two spaces under the key. */
    static DatasetSpec spec(String notify) {
        return SpecLoader.parse("""
                name: shop
                sources:
                  orders: { path: orders.csv }
                entities:
                  customer: { from: orders, columns: { customer_id: { from: c } } }
                  product: { from: orders, columns: { product_number: { from: p } } }
                  sale:
                    from: orders
                    columns:
                      order_number: { from: o }
                      product_number: { from: p }
                      customer_id: { from: c }
                      order_date: { from: d, type: date }
                      sales_amount: { from: amount, type: decimal }
                """ + (notify == null ? "" : "notify:\n" + notify.indent(2)), "shop.yaml");
    }

    /** The run context the notify stage sees after the alert, compare and render stages handed on their results. */
    static RunContext context(DatasetSpec spec, Path runDir, StageResult... results) {
        RunContext context = new RunContext(RunId.parse(RUN_ID), spec, runDir, runDir, noEngine(), List.of());
        for (StageResult result : results) {
            context.record(result);
        }
        return context;
    }

    /** The notify stage reads no rows: any call on the engine is a defect. */
    private static Engine noEngine() {
        return (Engine) Proxy.newProxyInstance(
                Engine.class.getClassLoader(), new Class<?>[] {Engine.class}, (proxy, method, arguments) -> {
                    throw new AssertionError("the notify stage called the engine: " + method.getName());
                });
    }
}
