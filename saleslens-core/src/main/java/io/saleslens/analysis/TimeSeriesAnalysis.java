package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.analysis.stats.Anomalies;
import io.saleslens.analysis.stats.Anomaly;
import io.saleslens.analysis.stats.AnomalyResult;
import io.saleslens.analysis.stats.MannKendall;
import io.saleslens.analysis.stats.Seasonality;
import io.saleslens.analysis.stats.SeasonalityResult;
import io.saleslens.analysis.stats.StlDecomposition;
import io.saleslens.analysis.stats.TrendTestResult;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Seasonality, trend, change points and anomalies of the complete months, written as the
 * {@code seasonality}, {@code trend} and {@code anomalies} keys.
 */
final class TimeSeriesAnalysis {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MonthlySeries series;
    private final List<MonthPoint> complete;

    TimeSeriesAnalysis(MonthlySeries series) {
        this.series = series;
        this.complete = series.complete();
    }

    ObjectNode periods() {
        ObjectNode node = JSON.objectNode();
        node.put("complete_months", complete.size());
        node.put(
                "first_complete_month",
                complete.isEmpty() ? null : complete.get(0).month().toString());
        node.put(
                "last_complete_month",
                complete.isEmpty()
                        ? null
                        : complete.get(complete.size() - 1).month().toString());
        ArrayNode excluded = node.putArray("excluded_partial_months");
        series.partialMonths().forEach(month -> excluded.add(month.toString()));
        node.put(
                "rule",
                "trend, seasonality, anomalies, growth and forecast use complete months only;"
                        + " the first and last month the data covers in part are left out");
        return node;
    }

    /** Seasonality of monthly revenue; the Sales report reads detected, strength, acf_lag12 and reason. */
    ObjectNode seasonality() {
        ObjectNode node = JSON.objectNode();
        node.put("measure", "revenue");
        node.put(
                "method",
                "STL (periodic, non-robust) seasonal strength F_S = max(0, 1 - Var(R)/Var(S+R)) at least "
                        + Seasonality.STRENGTH_THRESHOLD
                        + " and lag-12 autocorrelation of the detrended series above 1.96/sqrt(n);"
                        + " at least 24 complete months");
        node.put("peak_rule", SeasonalityResult.PEAK_RULE);
        if (complete.isEmpty()) {
            node.put("detected", false);
            node.putNull("strength");
            node.putNull("acf_lag12");
            node.putNull("acf_bound");
            node.put("cycles", 0);
            node.putArray("peak_months");
            node.putArray("trough_months");
            node.putArray("index_by_month");
            node.put("reason", "no complete month in the data");
            return node;
        }
        SeasonalityResult result = Seasonality.detect(
                series.completeValues("revenue"), complete.get(0).month().getMonthValue());
        node.put("detected", result.detected());
        JsonValues.ratio(node, "strength", result.strength());
        JsonValues.ratio(node, "acf_lag12", result.acfLag12());
        JsonValues.ratio(node, "acf_bound", result.acfBound());
        node.put("cycles", result.cycles());
        ArrayNode peaks = node.putArray("peak_months");
        result.peakMonths().forEach(peaks::add);
        ArrayNode troughs = node.putArray("trough_months");
        result.troughMonths().forEach(troughs::add);
        ArrayNode index = node.putArray("index_by_month");
        result.indexByMonth().forEach(value -> index.add(JsonValues.round(value, JsonValues.RATIO_DECIMALS)));
        node.put("months_used", complete.size());
        node.put("reason", result.reason());
        return node;
    }

    /** Mann-Kendall, Theil-Sen and level shifts per measure. */
    ObjectNode trend() {
        ObjectNode node = JSON.objectNode();
        node.put(
                "method",
                "Mann-Kendall test (two-sided, 5%, tie-corrected) and Theil-Sen slope per month on complete"
                        + " months; level shifts by binary segmentation: Pettitt's test (5%) on each segment, split"
                        + " where the two means leave the least squared error, at least " + ChangePoints.MINIMUM_SEGMENT
                        + " months each side; p_value is Pettitt's for the segment split");
        ObjectNode measures = node.putObject("measures");
        for (String measure : MonthlySeries.MEASURES) {
            measures.set(measure, trendOf(measure));
        }
        return node;
    }

    private ObjectNode trendOf(String measure) {
        ObjectNode node = JSON.objectNode();
        double[] values = series.completeValues(measure);
        if (measure.equals("units") && !series.unitsKnown()) {
            node.put("available", false);
            node.put("reason", MonthlySeries.NO_UNITS);
            return node;
        }
        if (values.length < 3 || !allFinite(values)) {
            node.put("available", false);
            node.put(
                    "reason",
                    String.format(
                            Locale.ROOT, "%d complete months with a value; the test needs at least 3", values.length));
            return node;
        }
        TrendTestResult test = MannKendall.test(values);
        node.put("available", true);
        node.put("direction", test.direction().name().toLowerCase(Locale.ROOT));
        node.put("mann_kendall_s", (long) test.s());
        JsonValues.ratio(node, "z", test.z());
        JsonValues.ratio(node, "p_value", test.pValue());
        JsonValues.put(
                node,
                "theil_sen_slope_per_month",
                test.theilSenSlope(),
                measure.equals("revenue") || measure.equals("avg_order_value") ? JsonValues.MONEY_DECIMALS : 4);
        ArrayNode shifts = node.putArray("change_points");
        for (ChangePoints.Shift shift : ChangePoints.find(values)) {
            ObjectNode row = shifts.addObject();
            row.put("month", complete.get(shift.index()).month().toString());
            JsonValues.ratio(row, "p_value", shift.pValue());
            JsonValues.money(row, "mean_before", shift.meanBefore());
            JsonValues.money(row, "mean_after", shift.meanAfter());
            JsonValues.ratio(row, "relative_shift", JsonValues.growth(shift.meanAfter(), shift.meanBefore()));
        }
        return node;
    }

    /** Months whose STL remainder lies beyond three robust standard deviations (median and 1.4826 x MAD). */
    ObjectNode anomalies() {
        ObjectNode node = JSON.objectNode();
        node.put(
                "method",
                "STL remainder (periodic, non-robust) of the complete months; flagged when |remainder - median|" + " > "
                        + Anomalies.DEFAULT_THRESHOLD + " x 1.4826 x MAD");
        ObjectNode measures = node.putObject("measures");
        for (String measure : MonthlySeries.MEASURES) {
            ObjectNode row = measures.putObject(measure);
            double[] values = series.completeValues(measure);
            if (values.length < StlDecomposition.MINIMUM_LENGTH || !allFinite(values)) {
                row.put("available", false);
                row.put(
                        "reason",
                        measure.equals("units") && !series.unitsKnown()
                                ? MonthlySeries.NO_UNITS
                                : String.format(
                                        Locale.ROOT,
                                        "%d complete months; STL needs %d",
                                        values.length,
                                        StlDecomposition.MINIMUM_LENGTH));
                row.putArray("months");
                continue;
            }
            AnomalyResult result =
                    Anomalies.find(StlDecomposition.monthly(values).remainderValues());
            row.put("available", true);
            row.put("reason", result.mad() > 0 ? "tested" : "remainder has no spread (MAD 0); nothing can stand out");
            ArrayNode months = row.putArray("months");
            for (Anomaly anomaly : result.anomalies()) {
                ObjectNode month = months.addObject();
                YearMonth at = complete.get(anomaly.index()).month();
                month.put("month", at.toString());
                JsonValues.put(month, "value", values[anomaly.index()], 2);
                JsonValues.put(month, "remainder", anomaly.value(), 2);
                JsonValues.ratio(month, "robust_z", anomaly.robustZ());
            }
        }
        return node;
    }

    static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
