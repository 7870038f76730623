package io.saleslens.chart;

import io.saleslens.insight.MoneySymbol;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Formats amounts in the run's currency compactly ({@code $950}, {@code $12.5K}, {@code $1.2M}, {@code $3B}) so axis
 * ticks and bar labels stay short. It extends {@link NumberFormat} because that is what JFreeChart
 * axes and label generators accept.
 */
final class MoneyFormat extends NumberFormat {

    private static final double[] SCALES = {1, 1e3, 1e6, 1e9};
    private static final String[] SUFFIXES = {"", "K", "M", "B"};

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(compact(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(compact(number));
    }

    /** Charts only format; returning null is the documented way to say parsing failed. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }

    private static String compact(double amount) {
        if (!Double.isFinite(amount)) {
            return "n/a";
        }
        String sign = amount < 0 ? "-" : "";
        double magnitude = Math.abs(amount);
        int scale = 0;
        while (scale + 1 < SCALES.length && magnitude >= SCALES[scale + 1]) {
            scale++;
        }
        double scaled = round(magnitude / SCALES[scale]);
        // 999,999 rounds to 1000K; show it as 1M instead.
        if (scaled >= 1000 && scale + 1 < SCALES.length) {
            scale++;
            scaled = round(magnitude / SCALES[scale]);
        }
        return sign + MoneySymbol.current() + twoDecimals().format(scaled) + SUFFIXES[scale];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static DecimalFormat twoDecimals() {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
