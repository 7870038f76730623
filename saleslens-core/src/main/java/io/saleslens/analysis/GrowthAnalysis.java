package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Growth for the last complete period: month over month, the same month a year earlier, year to
 * date and the last complete year, each comparing only months the data covers in full.
 */
final class GrowthAnalysis {
    static final List<String> MEASURES = List.of("revenue", "orders", "units");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MonthlySeries series;

    GrowthAnalysis(MonthlySeries series) {
        this.series = series;
    }

    ObjectNode growth() {
        ObjectNode node = JSON.objectNode();
        node.put(
                "method",
                "(current - previous) / previous over complete months; null with a reason when the earlier"
                        + " period is not covered in full or is zero");
        Optional<MonthPoint> last = series.lastComplete();
        if (last.isEmpty()) {
            node.putNull("last_complete_month");
            node.put("reason", "no complete month in the data");
            return node;
        }
        YearMonth month = last.get().month();
        node.put("last_complete_month", month.toString());
        node.set("month_over_month", compare(month, month, month.minusMonths(1), month.minusMonths(1)));
        node.set("year_over_year", compare(month, month, month.minusYears(1), month.minusYears(1)));
        YearMonth january = YearMonth.of(month.getYear(), 1);
        node.set("year_to_date", compare(january, month, january.minusYears(1), month.minusYears(1)));
        Optional<Integer> year = series.lastCompleteYear();
        if (year.isPresent()) {
            node.set(
                    "last_complete_year",
                    compare(
                            YearMonth.of(year.get(), 1),
                            YearMonth.of(year.get(), 12),
                            YearMonth.of(year.get() - 1, 1),
                            YearMonth.of(year.get() - 1, 12)));
        } else {
            ObjectNode none = node.putObject("last_complete_year");
            none.put("available", false);
            none.put("reason", "the data covers no calendar year in full");
        }
        return node;
    }

    private ObjectNode compare(YearMonth from, YearMonth to, YearMonth previousFrom, YearMonth previousTo) {
        ObjectNode node = JSON.objectNode();
        node.put("current_period", period(from, to));
        node.put("previous_period", period(previousFrom, previousTo));
        Optional<double[]> current = totals(from, to);
        Optional<double[]> previous = totals(previousFrom, previousTo);
        node.put("available", current.isPresent() && previous.isPresent());
        if (previous.isEmpty()) {
            node.put("reason", "the data does not cover " + period(previousFrom, previousTo) + " in full");
        }
        for (int i = 0; i < MEASURES.size(); i++) {
            ObjectNode measure = node.putObject(MEASURES.get(i));
            int decimals = i == 0 ? JsonValues.MONEY_DECIMALS : 0;
            final int index = i;
            if (MEASURES.get(i).equals("units") && !series.unitsKnown()) {
                measure.putNull("current");
                measure.putNull("previous");
                measure.putNull("growth");
                measure.put("reason", MonthlySeries.NO_UNITS);
                continue;
            }
            double now = current.map(values -> values[index]).orElse(Double.NaN);
            double before = previous.map(values -> values[index]).orElse(Double.NaN);
            JsonValues.put(measure, "current", now, decimals);
            JsonValues.put(measure, "previous", before, decimals);
            JsonValues.ratio(measure, "growth", JsonValues.growth(now, before));
        }
        return node;
    }

    /** Sums of each measure over complete months from..to, or empty when a month is missing or partial. */
    private Optional<double[]> totals(YearMonth from, YearMonth to) {
        double[] sums = new double[MEASURES.size()];
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Optional<MonthPoint> point = series.completeMonth(month);
            if (point.isEmpty()) {
                return Optional.empty();
            }
            for (int i = 0; i < MEASURES.size(); i++) {
                sums[i] += point.get().value(MEASURES.get(i));
            }
        }
        return Optional.of(sums);
    }

    private static String period(YearMonth from, YearMonth to) {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }
}
