package io.saleslens.generate;

import java.time.LocalDate;

/**
 * Hands out customer ids in the order customers place their first order, and remembers only the
 * first id of each month. That is enough to date every customer's registration later without
 * keeping anything per customer, and it makes "customers with orders" a plain count.
 */
final class CustomerAcquisition {
    /** The sample's customer ids start here. */
    static final long FIRST_CUSTOMER_ID = 11000;

    private final LocalDate startDate;
    private final long[] firstIdOfMonth;
    private long nextId = FIRST_CUSTOMER_ID;
    private int currentMonth = -1;

    CustomerAcquisition(LocalDate startDate, int months) {
        this.startDate = startDate.withDayOfMonth(1);
        this.firstIdOfMonth = new long[months];
    }

    /** Months must be started in order, each once. */
    void startMonth(int month) {
        if (month != currentMonth + 1) {
            throw new IllegalStateException("month " + month + " after month " + currentMonth);
        }
        currentMonth = month;
        firstIdOfMonth[month] = nextId;
    }

    long newCustomer() {
        return nextId++;
    }

    /** A customer who has already ordered, for a uniform draw in [0, 1). */
    long returningCustomer(double uniform) {
        return FIRST_CUSTOMER_ID + (long) (uniform * customers());
    }

    long customers() {
        return nextId - FIRST_CUSTOMER_ID;
    }

    /** Ids from {@link #FIRST_CUSTOMER_ID} to this one, exclusive, have ordered. */
    long endId() {
        return nextId;
    }

    /** First day of the month in which the customer placed a first order. */
    LocalDate firstOrderMonth(long customerId) {
        if (customerId < FIRST_CUSTOMER_ID || customerId >= nextId) {
            throw new IllegalArgumentException("customer " + customerId + " has not ordered");
        }
        int low = 0;
        int high = currentMonth;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (firstIdOfMonth[middle] <= customerId) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return startDate.plusMonths(low);
    }
}
