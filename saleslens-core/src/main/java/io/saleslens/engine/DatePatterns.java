package io.saleslens.engine;

import java.util.Map;

/** Converts the Java date patterns a spec uses (yyyyMMdd) to strftime (%Y%m%d). */
public final class DatePatterns {
    private static final Map<String, String> FIELDS = Map.of(
            "yyyy", "%Y", "yy", "%y", "MM", "%m", "dd", "%d", "M", "%-m", "d", "%-d");

    /**
     * An ISO date, optionally followed by a time: what a date column without a pattern accepts on every engine.
     * Engines read more on their own, and differently: Spark takes '2013' as 2013-01-01, DuckDB '2013/03/07' as a date.
     */
    public static final String ISO_DATE = "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T][0-9:.]*)?";

    private DatePatterns() {}

    public static String toStrftime(String javaPattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javaPattern.length()) {
            char c = javaPattern.charAt(i);
            int run = 1;
            while (i + run < javaPattern.length() && javaPattern.charAt(i + run) == c) {
                run++;
            }
            String field = javaPattern.substring(i, i + run);
            if (Character.isLetter(c)) {
                String converted = FIELDS.get(field);
                if (converted == null) {
                    throw new IllegalArgumentException("unsupported date pattern field '" + field + "' in " + javaPattern
                            + " (use yyyy, yy, MM, M, dd, d)");
                }
                out.append(converted);
            } else {
                out.append(field);
            }
            i += run;
        }
        return out.toString();
    }

    /** True when every field has a fixed width, so a valid value has exactly the pattern's length. */
    public static boolean isFixedWidth(String javaPattern) {
        return !javaPattern.replace("yyyy", "").replace("yy", "").replace("MM", "").replace("dd", "").matches(".*[Md].*");
    }
}
