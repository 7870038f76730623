package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.catalog.Unit;
import io.saleslens.insight.FigureFormat;
import io.saleslens.insight.MoneySymbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way SalesLens writes numbers: $15.18M, $456.11, $12,345, 10,009, 12.4%. Reports only
 * format values of metrics.json and quality.json; they never compute.
 */
public final class Figures {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private Figures() {}

    /** Money in the run's currency ({@link MoneySymbol}): $15.18M, $456.11, €12,345. */
    public static String money(double value) {
        double abs = Math.abs(value);
        String sign = value < 0 ? "-" : "";
        String symbol = MoneySymbol.current();
        if (abs >= 1_000_000_000) {
            return sign + symbol + fixed(abs / 1_000_000_000, 2) + "B";
        }
        if (abs >= 1_000_000) {
            return sign + symbol + fixed(abs / 1_000_000, 2) + "M";
        }
        if (abs >= 10_000) {
            return sign + symbol + new DecimalFormat("#,##0", SYMBOLS).format(round(abs, 0));
        }
        return sign + symbol + new DecimalFormat("#,##0.00", SYMBOLS).format(round(abs, 2));
    }

    public static String count(long value) {
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    /** A share between 0 and 1 as a percentage with one decimal. */
    public static String percent(double share) {
        return fixed(share * 100, 1) + "%";
    }

    public static String decimal(double value, int places) {
        return new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), SYMBOLS)
                .format(round(value, places));
    }

    /**
     * A value of metrics.json or quality.json in the given format, as plain text (not yet escaped for
     * Markdown). {@code pointer} is where the value was found; the {@code KEY} format writes its last
     * segment, the name of the key.
     */
    public static String format(FigureFormat format, JsonNode value, String pointer) {
        return switch (format) {
            case MONEY -> money(value.asDouble());
            case COUNT -> count(value.asLong());
            case PERCENT -> percent(value.asDouble());
            case DECIMAL2 -> decimal(value.asDouble(), 2);
            case DECIMAL3 -> decimal(value.asDouble(), 3);
            case P_VALUE -> value.asDouble() < 0.001 ? "below 0.001" : decimal(value.asDouble(), 3);
            case TEXT -> text(value);
            case KEY ->
                pointer.substring(pointer.lastIndexOf('/') + 1)
                        .replace("~1", "/")
                        .replace("~0", "~");
            case MONTH_NAMES -> monthNames(value);
            case SEGMENT -> segment(value);
        };
    }

    /** A segment row as "Married (M)": the label, with the source code when it differs. */
    public static String segment(JsonNode row) {
        String label = row.path("label").asText();
        String code = row.path("code").asText();
        return label.equals(code) || code.isEmpty() ? label : label + " (" + code + ")";
    }

    private static String text(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return String.join(", ", items);
    }

    private static String monthNames(JsonNode value) {
        List<String> names = new ArrayList<>();
        for (JsonNode month : value.isArray() ? value : List.of(value)) {
            int number = month.asInt();
            names.add(
                    number >= 1 && number <= 12
                            ? Month.of(number).getDisplayName(TextStyle.FULL, Locale.US)
                            : month.asText());
        }
        return String.join(", ", names);
    }

    private static String fixed(double value, int places) {
        return new DecimalFormat("0." + "0".repeat(places), SYMBOLS).format(round(value, places));
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** A catalogue figure in its unit's words: $1.20M, 1,234, 12.5%, 3 days. */
    public static String inUnit(Unit unit, double value) {
        return switch (unit) {
            case CURRENCY -> money(value);
            case COUNT -> value == Math.rint(value) ? count((long) value) : decimal(value, 2);
            case RATIO, RELATIVE_CHANGE -> percent(value);
            case PERCENT, NUMBER -> decimal(value, 2);
            case DAYS -> decimal(value, 0) + " days";
            case DATE -> decimal(value, 0);
        };
    }

    /** A change of a catalogue figure with its sign: +$1.20M, -3, +0.4% (a ratio's in points), a date's in days. */
    public static String signedChange(Unit unit, double change) {
        String text = unit == Unit.DATE ? decimal(change, 0) + " days" : inUnit(unit, change);
        return change > 0 ? "+" + text : text;
    }
}
