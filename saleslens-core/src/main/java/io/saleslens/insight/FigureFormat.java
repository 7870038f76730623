package io.saleslens.insight;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How a cited value is written in a report; the report's one formatter turns each into text. */
public enum FigureFormat {
    /** Money: $15.18M, $456.11. */
    MONEY,
    /** A whole count: 10,009. */
    COUNT,
    /** A share between 0 and 1 as a percentage: 12.4%. */
    PERCENT,
    /** A ratio or statistic with two decimals. */
    DECIMAL2,
    /** A probability or statistic with three decimals. */
    DECIMAL3,
    /** A test's p-value: three decimals, or "below 0.001" rather than a p of 0.000. */
    P_VALUE,
    /** Text from the data (a name, a month, a list of names); escaped when rendered. */
    TEXT,
    /** The name of the key the pointer ends at (a column or rule name that is a key in the document). */
    KEY,
    /** Month numbers (1-12, one or a list) written as month names. */
    MONTH_NAMES,
    /** A segment row: its label, with the source code in brackets when they differ ("Married (M)"). */
    SEGMENT;

    /** Reads a format as profiles write it: money, count, percent, decimal2, … */
    @JsonCreator
    public static FigureFormat parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
