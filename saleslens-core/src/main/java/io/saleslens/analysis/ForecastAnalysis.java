package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.analysis.stats.ForecastResult;
import io.saleslens.analysis.stats.HoltWinters;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Next months of revenue by Holt-Winters, or the reason there is none. A forecast is withheld when
 * the complete months are too few for a seasonal model or when a significant level shift falls in
 * the last 24 months: a model fitted across a break projects a mixture of two regimes.
 */
final class ForecastAnalysis {
    static final int HORIZON = 6;
    static final int RECENT_MONTHS = 24;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MonthlySeries series;

    ForecastAnalysis(MonthlySeries series) {
        this.series = series;
    }

    ObjectNode forecast() {
        ObjectNode node = JSON.objectNode();
        node.put("measure", "revenue");
        node.put(
                "method",
                "Holt-Winters, additive or multiplicative 12-month season by lower AIC, on complete months;"
                        + " 80% and 95% normal prediction intervals; back-test MAPE of the last "
                        + HoltWinters.BACKTEST_MONTHS
                        + " months fitted without them");
        node.put("horizon", HORIZON);
        List<MonthPoint> complete = series.complete();
        double[] values = series.completeValues("revenue");
        Optional<String> blocker = blocker(complete, values);
        if (blocker.isPresent()) {
            return unavailable(node, blocker.get());
        }
        ForecastResult result = HoltWinters.forecast(values, HORIZON);
        if (!result.available()) {
            return unavailable(node, result.reason());
        }
        node.put("available", true);
        node.put("model", result.model());
        JsonValues.put(node, "backtest_mape_percent", result.backtestMape(), 2);
        node.put("reason", result.reason());
        YearMonth last = complete.get(complete.size() - 1).month();
        ArrayNode months = node.putArray("months");
        boolean clipped = false;
        for (int h = 0; h < result.horizon(); h++) {
            ObjectNode month = months.addObject();
            month.put("month", last.plusMonths(h + 1L).toString());
            // Revenue cannot fall below zero: a normal interval that reaches below it is cut at zero, and the document
            // says so.
            clipped |= result.point().get(h) < 0
                    || result.lower80().get(h) < 0
                    || result.lower95().get(h) < 0;
            JsonValues.money(month, "point", Math.max(0, result.point().get(h)));
            JsonValues.money(month, "lower80", Math.max(0, result.lower80().get(h)));
            JsonValues.money(month, "upper80", Math.max(0, result.upper80().get(h)));
            JsonValues.money(month, "lower95", Math.max(0, result.lower95().get(h)));
            JsonValues.money(month, "upper95", Math.max(0, result.upper95().get(h)));
        }
        node.put("clipped_at_zero", clipped);
        return node;
    }

    private static Optional<String> blocker(List<MonthPoint> complete, double[] values) {
        if (values.length < HoltWinters.MINIMUM_LENGTH) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "series too short: %d complete months, a seasonal model needs %d",
                    values.length,
                    HoltWinters.MINIMUM_LENGTH));
        }
        int recentStart = values.length - RECENT_MONTHS;
        for (ChangePoints.Shift shift : ChangePoints.find(values)) {
            if (shift.index() >= recentStart) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "series breaks: revenue level shift at %s (Pettitt p = %.4f,"
                                + " mean %s before, %s after) within the last %d complete months; a forecast fitted across it would"
                                + " mix two regimes",
                        complete.get(shift.index()).month(),
                        shift.pValue(),
                        money(shift.meanBefore()),
                        money(shift.meanAfter()),
                        RECENT_MONTHS));
            }
        }
        return Optional.empty();
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static ObjectNode unavailable(ObjectNode node, String reason) {
        node.put("available", false);
        node.putNull("model");
        node.putNull("backtest_mape_percent");
        node.put("reason", reason);
        node.putArray("months");
        return node;
    }
}
