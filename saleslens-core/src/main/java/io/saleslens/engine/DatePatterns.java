package io.saleslens.engine;

import java.util.Map;

/**
 * The date and timestamp patterns a spec may use, in Java notation (yyyyMMdd, yyyy-MM-dd HH:mm:ss Z,
 * MM/dd/yyyy hh:mm a, yyyy-MM-dd'T'HH:mm:ssXXX), converted to strftime (%Y%m%d) for DuckDB; Spark reads the Java
 * notation itself. A date column keeps the calendar date; a time of day only helps to read it, and a zone offset
 * moves it to the dataset's time zone when the spec names one.
 */
public final class DatePatterns {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("yyyy", "%Y"),
            Map.entry("yy", "%y"),
            Map.entry("MMMM", "%B"),
            Map.entry("MMM", "%b"),
            Map.entry("MM", "%m"),
            Map.entry("M", "%-m"),
            Map.entry("dd", "%d"),
            Map.entry("d", "%-d"),
            Map.entry("HH", "%H"),
            Map.entry("H", "%-H"),
            Map.entry("hh", "%I"),
            Map.entry("h", "%-I"),
            Map.entry("mm", "%M"),
            Map.entry("m", "%-M"),
            Map.entry("ss", "%S"),
            Map.entry("s", "%-S"),
            Map.entry("SSS", "%g"),
            Map.entry("SSSSSS", "%f"),
            Map.entry("a", "%p"),
            Map.entry("Z", "%z"),
            Map.entry("X", "%z"),
            Map.entry("XX", "%z"),
            Map.entry("XXX", "%z"),
            Map.entry("x", "%z"),
            Map.entry("xx", "%z"),
            Map.entry("xxx", "%z"));

    /** The fields a pattern may hold, for messages. */
    public static final String SUPPORTED = "yyyy, yy, MMMM, MMM, MM, M, dd, d, HH, H, hh, h, mm, m, ss, s, SSS, a,"
            + " Z or XXX (zone offset), and 'T' or other text in single quotes";

    /**
     * An ISO date, optionally followed by a time and a zone offset (Z, +02:00, -0500): what a date column without a
     * pattern accepts on every engine. Engines read more on their own, and differently: Spark takes '2013' as
     * 2013-01-01, DuckDB '2013/03/07' as a date.
     */
    public static final String ISO_DATE =
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T][0-9:.]*[ ]?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?";

    /** An ISO value that ends in a zone offset. */
    public static final String ISO_WITH_OFFSET =
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T][0-9:.]*[ ]?(Z|[+-][0-9]{2}(:?[0-9]{2})?)";

    /** A zone offset at the end of a value, with the spaces before it; removed to read the local time as written. */
    public static final String OFFSET_SUFFIX = "[ ]*(Z|[+-][0-9]{2}(:?[0-9]{2})?)$";

    private DatePatterns() {}

    /** The strftime form of a Java pattern; throws IllegalArgumentException naming the field it cannot convert. */
    public static String toStrftime(String javaPattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javaPattern.length()) {
            char c = javaPattern.charAt(i);
            if (c == '\'') {
                int end = javaPattern.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote in date pattern " + javaPattern);
                }
                out.append(
                        end == i + 1 ? "'" : javaPattern.substring(i + 1, end).replace("%", "%%"));
                i = end + 1;
                continue;
            }
            int run = 1;
            while (i + run < javaPattern.length() && javaPattern.charAt(i + run) == c) {
                run++;
            }
            String field = javaPattern.substring(i, i + run);
            if (Character.isLetter(c)) {
                String converted = FIELDS.get(field);
                if (converted == null) {
                    throw new IllegalArgumentException("unsupported date pattern field '" + field + "' in "
                            + javaPattern + " (use " + SUPPORTED + ")");
                }
                out.append(converted);
            } else {
                out.append(field.replace("%", "%%"));
            }
            i += run;
        }
        return out.toString();
    }

    /** Checks a pattern without converting it; the message names the field that is not supported. */
    public static void validate(String javaPattern) {
        toStrftime(javaPattern);
    }

    /** True when every field has a fixed width, so a valid value has exactly the pattern's length (dates only). */
    public static boolean isFixedWidth(String javaPattern) {
        if (!javaPattern.matches("[yMd0-9/.\\- ]*")) {
            return false;
        }
        return !javaPattern
                .replace("yyyy", "")
                .replace("yy", "")
                .replace("MM", "")
                .replace("dd", "")
                .matches(".*[Md].*");
    }

    /** True when the pattern reads a zone offset (Z, X or x outside quotes). */
    public static boolean hasOffset(String javaPattern) {
        return unquoted(javaPattern).matches(".*[ZXx].*");
    }

    /** The pattern without its zone offset field and the spaces before it, to read the local time as written. */
    public static String withoutOffset(String javaPattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < javaPattern.length(); i++) {
            char c = javaPattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && (c == 'Z' || c == 'X' || c == 'x')) {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unquoted(String javaPattern) {
        return javaPattern.replaceAll("'[^']*'", "");
    }
}
