package io.saleslens.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way SalesLens writes numbers: $15.18M, $456.11, $12,345, 10,009, 12.4%. Reports only
 * format values of metrics.json and quality.json; they never compute.
 */
public final class Figures {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private Figures() {}

    public static String money(double value) {
        double abs = Math.abs(value);
        String sign = value < 0 ? "-" : "";
        if (abs >= 1_000_000_000) {
            return sign + "$" + fixed(abs / 1_000_000_000, 2) + "B";
        }
        if (abs >= 1_000_000) {
            return sign + "$" + fixed(abs / 1_000_000, 2) + "M";
        }
        if (abs >= 10_000) {
            return sign + "$" + new DecimalFormat("#,##0", SYMBOLS).format(round(abs, 0));
        }
        return sign + "$" + new DecimalFormat("#,##0.00", SYMBOLS).format(round(abs, 2));
    }

    public static String count(long value) {
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    /** A share between 0 and 1 as a percentage with one decimal. */
    public static String percent(double share) {
        return fixed(share * 100, 1) + "%";
    }

    public static String decimal(double value, int places) {
        return new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), SYMBOLS).format(round(value, places));
    }

    private static String fixed(double value, int places) {
        return new DecimalFormat("0." + "0".repeat(places), SYMBOLS).format(round(value, places));
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
