package io.saleslens.analysis;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly sales series with every month from the first to the last order, months without sales
 * as zeros. Trend, seasonality and growth use only the complete months: the first and last month
 * the data covers in part would read as a collapse or a surge that never happened.
 */
final class MonthlySeries {
    static final List<String> MEASURES = List.of("revenue", "orders", "units", "customers", "avg_order_value");
    static final String NO_UNITS = "the sale entity has no quantity column, so there are no units";

    private final List<MonthPoint> months;
    private final boolean unitsKnown;

    MonthlySeries(List<MonthPoint> months) {
        this(months, true);
    }

    /** {@code unitsKnown} is false for order data without quantities (deals): the units measure is then NaN, not 0. */
    MonthlySeries(List<MonthPoint> months, boolean unitsKnown) {
        this.unitsKnown = unitsKnown;
        this.months = List.copyOf(months);
        for (int i = 1; i < this.months.size(); i++) {
            if (!this.months
                    .get(i)
                    .month()
                    .equals(this.months.get(i - 1).month().plusMonths(1))) {
                throw new IllegalArgumentException("months must be consecutive, got "
                        + this.months.get(i - 1).month() + " then "
                        + this.months.get(i).month());
            }
        }
    }

    static MonthlySeries load(Engine engine) {
        List<Map<String, Object>> rows = engine.query("SELECT month, revenue, orders, coalesce(units, 0) AS units,"
                + " unit_orders, customers, partial FROM " + Tables.MONTHLY_SALES + " ORDER BY month");
        Map<YearMonth, MonthPoint> byMonth = new LinkedHashMap<>();
        boolean unitsKnown = false;
        for (Map<String, Object> row : rows) {
            unitsKnown |= number(row, "unit_orders") > 0;
            YearMonth month = YearMonth.parse((String) row.get("month"));
            byMonth.put(
                    month,
                    new MonthPoint(
                            month,
                            number(row, "revenue"),
                            (long) number(row, "orders"),
                            (long) number(row, "units"),
                            (long) number(row, "customers"),
                            Boolean.TRUE.equals(row.get("partial"))));
        }
        List<MonthPoint> filled = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            YearMonth first = byMonth.keySet().iterator().next();
            YearMonth last = rows.isEmpty()
                    ? first
                    : YearMonth.parse((String) rows.get(rows.size() - 1).get("month"));
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                filled.add(byMonth.getOrDefault(month, MonthPoint.empty(month)));
            }
        }
        return new MonthlySeries(filled, unitsKnown || rows.isEmpty());
    }

    boolean unitsKnown() {
        return unitsKnown;
    }

    private static double number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    List<MonthPoint> all() {
        return months;
    }

    /** The months the data covers in full; partial months only occur at either end, so these are consecutive. */
    List<MonthPoint> complete() {
        return months.stream().filter(point -> !point.partial()).toList();
    }

    List<YearMonth> partialMonths() {
        return months.stream()
                .filter(MonthPoint::partial)
                .map(MonthPoint::month)
                .toList();
    }

    double[] completeValues(String measure) {
        if (measure.equals("units") && !unitsKnown) {
            return complete().stream().mapToDouble(point -> Double.NaN).toArray();
        }
        return complete().stream().mapToDouble(point -> point.value(measure)).toArray();
    }

    Optional<MonthPoint> lastComplete() {
        List<MonthPoint> complete = complete();
        return complete.isEmpty() ? Optional.empty() : Optional.of(complete.get(complete.size() - 1));
    }

    Optional<MonthPoint> completeMonth(YearMonth month) {
        return complete().stream().filter(point -> point.month().equals(month)).findFirst();
    }

    /** The latest calendar year whose twelve months are all complete. */
    Optional<Integer> lastCompleteYear() {
        Optional<Integer> found = Optional.empty();
        for (MonthPoint point : complete()) {
            int year = point.month().getYear();
            if (point.month().getMonthValue() == 12
                    && completeMonth(YearMonth.of(year, 1)).isPresent()) {
                found = Optional.of(year);
            }
        }
        return found;
    }

    boolean isCompleteYear(int year) {
        return completeMonth(YearMonth.of(year, 1)).isPresent()
                && completeMonth(YearMonth.of(year, 12)).isPresent();
    }
}
