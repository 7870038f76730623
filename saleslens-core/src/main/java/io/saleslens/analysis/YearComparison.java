package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The two calendar years a year-over-year figure compares: the last one the data covers in full and
 * the one before, or the reason there is no such pair.
 */
record YearComparison(Optional<Integer> currentYear, Optional<Integer> previousYear, String reason) {

    static YearComparison of(MonthlySeries series) {
        Optional<Integer> last = series.lastCompleteYear();
        if (last.isEmpty()) {
            return new YearComparison(Optional.empty(), Optional.empty(), "the data covers no calendar year in full");
        }
        if (!series.isCompleteYear(last.get() - 1)) {
            return new YearComparison(
                    last, Optional.empty(), "the data does not cover " + (last.get() - 1) + " in full");
        }
        return new YearComparison(last, Optional.of(last.get() - 1), last.get() + " against " + (last.get() - 1));
    }

    boolean available() {
        return previousYear.isPresent();
    }

    /** Revenue of one year as a SQL aggregate, or NULL when that year is not compared. */
    String revenueIn(Optional<Integer> year, String dateColumn, String amountColumn) {
        return year.map(y -> "round(sum(CASE WHEN year(" + dateColumn + ") = " + y + " THEN " + amountColumn
                        + " ELSE 0 END), 2)")
                .orElse("CAST(NULL AS DOUBLE)");
    }

    /** Growth of the two revenue columns as SQL, null without a positive previous year. */
    String growth(String current, String previous) {
        return "round((" + current + " - " + previous + ") / nullif(" + previous + ", 0), 6)";
    }

    ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        currentYear.ifPresentOrElse(y -> node.put("current_year", y), () -> node.putNull("current_year"));
        previousYear.ifPresentOrElse(y -> node.put("previous_year", y), () -> node.putNull("previous_year"));
        node.put("available", available());
        node.put("reason", reason);
        return node;
    }
}
