package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The campaign planted in generated data, as truth.json states it. Expected values are conditional on the orders
 * the generator wrote: for each returning-customer order with a valid date in the window, a holdout customer was
 * picked with probability q0 = 1 / (N + lift × T) and a treated one with q1 = (1 + lift) q0 (N customers so far, T
 * treated). So expected orders per customer are Σq, revenue Σq × order revenue, and conversion 1 − Π(1 − q).
 *
 * @param relativeLift planted relative lift of orders and revenue per customer
 * @param windowStart first day of the window
 * @param windowEnd last day, inclusive
 * @param treatedCustomers customers in the treated file
 * @param holdoutCustomers customers in the holdout file
 * @param expectedConversion expected share of customers ordering in the window, treated and holdout
 * @param expectedOrders expected orders per customer in the window
 * @param expectedRevenue expected revenue per customer in the window
 */
public record PlantedCampaign(
        double relativeLift,
        LocalDate windowStart,
        LocalDate windowEnd,
        long treatedCustomers,
        long holdoutCustomers,
        Arms expectedConversion,
        Arms expectedOrders,
        Arms expectedRevenue) {

    public static final String TREATED_FILE = "campaign/treated.csv";
    public static final String HOLDOUT_FILE = "campaign/holdout.csv";
    public static final String SPEC_FILE = "campaign/spec.yaml";
    public static final String NAME = "planted";

    public PlantedCampaign {
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        requireNonNull(expectedConversion, "expectedConversion is null");
        requireNonNull(expectedOrders, "expectedOrders is null");
        requireNonNull(expectedRevenue, "expectedRevenue is null");
    }

    /** A measure's expected value per customer in each arm. */
    public record Arms(double treated, double holdout) {
        /** treated ÷ holdout − 1; NaN when the holdout expects nothing. */
        public double relativeLift() {
            return holdout == 0 ? Double.NaN : treated / holdout - 1;
        }
    }
}
