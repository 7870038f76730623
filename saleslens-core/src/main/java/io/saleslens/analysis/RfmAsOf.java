package io.saleslens.analysis;

import io.saleslens.engine.Engine;
import io.saleslens.stage.Tables;
import java.time.LocalDate;

/**
 * The customers' RFM segments as they stood when a day began: the run's own scoring over the orders dated before
 * that day, with the last of those orders as the reference date. A campaign compared against customers "of the same
 * segment" must pick them by what was known when it started: scored over all the data, a customer who ordered during
 * the window has a better recency and may have left the segment, and the comparison would then lack the very
 * customers who bought.
 */
public final class RfmAsOf {
    private RfmAsOf() {}

    /**
     * Scores into {@code table} (customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, segment)
     * every customer with an order dated before {@code day}.
     */
    public static void score(Engine engine, LocalDate day, String table) {
        String before = "(SELECT * FROM " + Tables.ORDER_CUSTOMERS + " WHERE order_date < DATE '" + day + "')";
        new RfmSegmenter(engine, AnalysisOptions.defaults().rfmRules(), before, table).scoreCustomers();
    }
}
