package io.saleslens.alert;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How alert messages write figures and name what they watch. */
final class AlertWords {
    private AlertWords() {}

    static Map<String, Object> figures(String keyName, String key, String memberName, String member) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(keyName, key);
        if (member != null) {
            figures.put(memberName, member);
        }
        return figures;
    }

    static String absent(String key, String member) {
        return "the run has no value of " + named(key, member);
    }

    static String named(String key, String member) {
        return member == null ? key : key + " for " + member;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    static String points(double score) {
        return String.format(Locale.ROOT, "%.1f", score * 100);
    }
}
