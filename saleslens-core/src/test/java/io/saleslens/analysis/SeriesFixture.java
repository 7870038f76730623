package io.saleslens.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Monthly series built from a formula, with partial first and last months around the complete ones. */
final class SeriesFixture {
    private SeriesFixture() {}

    static MonthlySeries series(YearMonth firstComplete, int completeMonths, IntToDoubleFunction revenue) {
        List<MonthPoint> months = new ArrayList<>();
        months.add(new MonthPoint(firstComplete.minusMonths(1), 1, 1, 1, 1, true));
        for (int i = 0; i < completeMonths; i++) {
            double value = revenue.applyAsDouble(i);
            long orders = Math.round(value / 100);
            months.add(new MonthPoint(firstComplete.plusMonths(i), value, orders, 2 * orders, orders, false));
        }
        months.add(new MonthPoint(firstComplete.plusMonths(completeMonths), 1, 1, 1, 1, true));
        return new MonthlySeries(months);
    }

    /** A level with a yearly swing and a little deterministic noise. */
    static double seasonal(int i) {
        return 10_000 + 2_000 * Math.sin(2 * Math.PI * i / 12) + 150 * Math.sin(i * 1.7);
    }
}
