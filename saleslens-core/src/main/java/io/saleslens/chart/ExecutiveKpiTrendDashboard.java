package io.saleslens.chart;

import static io.saleslens.chart.MonthlyMeasure.Shape.BARS;
import static io.saleslens.chart.MonthlyMeasure.Shape.LINE;
import static io.saleslens.chart.MonthlyMeasure.Unit.COUNT;
import static io.saleslens.chart.MonthlyMeasure.Unit.DOLLARS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;

/** Monthly revenue, orders, average order value and active customers, from {@code monthly[]}. */
final class ExecutiveKpiTrendDashboard implements PanelDashboard {

    static final String NAME = "executive_kpis_trend";

    /** The measure the seasonality test runs on, whose panel shows the peak months. */
    private static final String SEASONAL_MEASURE = "revenue";

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
        Set<Integer> peaks = Set.copyOf(seasonalPeaks(document));
        return MEASURES.stream()
                .map(measure -> MonthlyTrendChart.of(
                        monthly, measure, measure.field().equals(SEASONAL_MEASURE) ? peaks : Set.of()))
                .toList();
    }

    /** The peak months (1 to 12, largest first) when the seasonality test established a pattern; else none. */
    private static List<Integer> seasonalPeaks(MetricsDocument document) {
        if (!document.text("seasonality", "detected").orElse("false").equals("true")) {
            return List.of();
        }
        return document.array("seasonality", "peak_months").stream()
                .filter(JsonNode::canConvertToInt)
                .map(JsonNode::asInt)
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
        List<Integer> peaks = seasonalPeaks(document);
        if (!peaks.isEmpty()) {
            facts.add("shaded: the seasonal peak months of revenue, "
                    + peaks.stream()
                            .map(m -> Month.of(m).getDisplayName(TextStyle.FULL, Locale.US))
                            .collect(Collectors.joining(", ")));
        }
        String subtitle = String.join("  ·  ", facts);
        return Character.toUpperCase(subtitle.charAt(0)) + subtitle.substring(1);
    }
}
