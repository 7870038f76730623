package io.saleslens.engine;

import java.util.Map;

/**
 * The SQL that differs between engines; everything else the pipeline writes is plain SQL both DuckDB
 * and Spark accept. Identifiers and literals must go through {@link #quote} and {@link #literal}: Spark
 * quotes identifiers with backticks and escapes quotes in literals with a backslash.
 */
public interface SqlDialect {

    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    default String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * A number computed in Java as a typed DOUBLE literal; NaN and the infinities, which neither engine reads as a
     * literal, become a typed NULL.
     */
    default String doubleLiteral(double value) {
        return Double.isFinite(value) ? "CAST(" + Double.toString(value) + " AS DOUBLE)" : "CAST(NULL AS DOUBLE)";
    }

    /**
     * An aggregate over only the rows that meet a condition, such as {@code aggregateWhere("max", "price", "quantity > 0")}.
     * Written as an aggregate of a CASE, not DuckDB's {@code FILTER (WHERE ...)}, which Spark does not accept on every
     * aggregate; the other rows give null, which aggregates skip, so a count is 0 and a maximum null when no row qualifies.
     */
    default String aggregateWhere(String aggregate, String expression, String condition) {
        return aggregate + "(CASE WHEN " + condition + " THEN " + expression + " END)";
    }

    /** How many rows meet a condition; 0 when none does. */
    default String countWhere(String condition) {
        return aggregateWhere("count", "1", condition);
    }

    /** How many distinct non-null values an expression takes on the rows that meet a condition. */
    default String countDistinctWhere(String expression, String condition) {
        return "count(DISTINCT CASE WHEN " + condition + " THEN " + expression + " END)";
    }

    /** A text expression parsed as a date in the given Java pattern (ISO when null), as written; null when invalid. */
    default String parseDate(String textExpression, String javaPattern) {
        return parseDate(textExpression, javaPattern, null);
    }

    /**
     * A text expression parsed as a date in the given Java pattern ({@link DatePatterns}; ISO when null), which may
     * hold a time of day and a zone offset; null when invalid. With a {@code zone} (an IANA name), a value with an
     * offset is moved to that zone before its calendar date is taken; without one, or for a value without an
     * offset, the date is the one written.
     */
    String parseDate(String textExpression, String javaPattern, String zone);

    /**
     * The first non-null value of an expression over a window partition in the given order, the whole partition
     * considered (a window function).
     */
    String firstNonNullOver(String expression, String partitionBy, String orderBy);

    /** Every match of a regular expression in a text expression replaced (DuckDB replaces the first unless told). */
    String replaceAll(String textExpression, String regex, String replacement);

    /** A text expression as BIGINT, or null when it is not an integer. */
    String tryInteger(String textExpression);

    /** A text expression as DOUBLE, or null when it is not a number. */
    String tryDecimal(String textExpression);

    /** A date expression as 'yyyy-MM' text. */
    String yearMonth(String dateExpression);

    /** Whole days from {@code from} to {@code to}. */
    String daysBetween(String from, String to);

    /** A date expression moved by a number of days. */
    String addDays(String dateExpression, int days);

    /** A table of every date from {@code first} to {@code last} (date expressions), in one column {@code date}. */
    String dateSeries(String first, String last);

    /** Regular-expression test on a text expression. */
    String matches(String textExpression, String regex);

    /**
     * One statement that materialises a query as a table; DuckDB's replaces a table of that name, Spark's needs it
     * dropped first, so callers use {@link Engine#replaceTable}. Intermediate
     * steps that are read once should be views ({@code CREATE OR REPLACE VIEW}, which both engines accept).
     */
    String createTable(String table, String query);

    /**
     * The condition that the row's {@code expression} falls in {@code part} of {@code parts} (0 to parts - 1) by its
     * hash: every row in exactly one part, equal values and all nulls in the same one; {@code true} for one part.
     */
    String inPart(String expression, int part, int parts);

    /** Day of the week of a date expression: 0 for Sunday to 6 for Saturday. */
    String dayOfWeek(String dateExpression);

    /** The Monday that starts the week of a date expression, as a DATE. */
    String weekStart(String dateExpression);

    /**
     * An aggregate giving the {@code count} smallest non-null values of an expression in the group, ascending, as a
     * list: the engine keeps that many per group instead of sorting them all.
     */
    String smallestValues(String expression, int count);

    /**
     * A struct of the named expressions, in the map's order. Structs compare field by field, so a struct of a sort key
     * then a value orders by the key and breaks its ties by the value; a field is read as {@code (struct).name}.
     */
    String struct(Map<String, String> expressionsByName);

    /** The element at a position of a list expression, counted from 1; null past the end and for a null list. */
    String listElement(String listExpression, int position);
}
