package io.saleslens.chart;

import static io.saleslens.chart.MonthlyMeasure.Shape.BARS;
import static io.saleslens.chart.MonthlyMeasure.Shape.LINE;
import static io.saleslens.chart.MonthlyMeasure.Unit.COUNT;
import static io.saleslens.chart.MonthlyMeasure.Unit.DOLLARS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/** Monthly revenue, orders, average order value and active customers, from {@code monthly[]}. */
final class ExecutiveKpiTrendDashboard implements PanelDashboard {

    static final String NAME = "executive_kpis_trend";

    static final List<MonthlyMeasure> MEASURES = List.of(
            new MonthlyMeasure("revenue", "Monthly revenue", "Revenue ($)", DOLLARS, BARS),
            new MonthlyMeasure("orders", "Monthly orders", "Orders (count)", COUNT, BARS),
            new MonthlyMeasure("avg_order_value", "Average order value", "Revenue per order ($)", DOLLARS, LINE),
            new MonthlyMeasure("customers", "Active customers", "Customers who ordered (count)", COUNT, BARS));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Executive KPIs: monthly trend";
    }

    @Override
    public List<JFreeChart> panels(MetricsDocument document) {
        List<JsonNode> monthly = document.array("monthly");
        return MEASURES.stream()
                .map(measure -> MonthlyTrendChart.of(monthly, measure))
                .toList();
    }

    @Override
    public String subtitle(MetricsDocument document) {
        List<String> facts = new ArrayList<>();
        Optional<String> first = document.text("totals", "first_order_date");
        Optional<String> last = document.text("totals", "last_order_date");
        if (first.isPresent() && last.isPresent()) {
            facts.add("Orders from " + first.get() + " to " + last.get());
        }
        List<JsonNode> monthly = document.array("monthly");
        List<String> partialMonths = monthly.stream()
                .filter(row -> row.path("partial").asBoolean(false))
                .flatMap(row -> MetricsDocument.text(row, "month").stream())
                .toList();
        if (monthly.isEmpty()) {
            facts.add("no monthly figures in metrics.json");
        } else if (partialMonths.isEmpty()) {
            facts.add("every month fully covered by the data");
        } else {
            facts.add(
                    "orange marks partial months, not fully covered by the data: " + String.join(", ", partialMonths));
        }
        String subtitle = String.join("  ·  ", facts);
        return Character.toUpperCase(subtitle.charAt(0)) + subtitle.substring(1);
    }
}
