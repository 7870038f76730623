package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A campaign to plant: among the customers who have ordered before {@code windowStart}, a seeded random treated set
 * and holdout; during the window every returning-customer order picks a treated customer with weight
 * {@code 1 + relativeLift} and anyone else with weight 1, so a treated customer's expected orders (and revenue) in
 * the window are {@code 1 + relativeLift} times a holdout customer's.
 *
 * @param relativeLift planted relative lift of the order rate, above -1 (0.10 for +10 %)
 * @param windowStart first day of the campaign window
 * @param windowEnd last day of the window, inclusive
 * @param treatedShare share of the eligible customers treated
 * @param holdoutShare share of the eligible customers held out
 */
public record CampaignPlan(
        double relativeLift, LocalDate windowStart, LocalDate windowEnd, double treatedShare, double holdoutShare) {

    public static final double DEFAULT_TREATED_SHARE = 0.3;
    public static final double DEFAULT_HOLDOUT_SHARE = 0.3;
    /** Months the window covers when none is given: the last such months before the generated span's last month. */
    public static final int DEFAULT_WINDOW_MONTHS = 3;

    public CampaignPlan {
        requireNonNull(windowStart, "windowStart is null");
        requireNonNull(windowEnd, "windowEnd is null");
        if (!(relativeLift > -1) || Double.isInfinite(relativeLift)) {
            throw new IllegalArgumentException(
                    "the campaign lift must be a relative lift above -1, such as 0.1 for +10 %, got " + relativeLift);
        }
        if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException(
                    "the campaign window ends (" + windowEnd + ") before it starts (" + windowStart + ")");
        }
        if (!(treatedShare > 0 && holdoutShare > 0 && treatedShare + holdoutShare <= 1)) {
            throw new IllegalArgumentException("treated and holdout shares must be above 0 and sum to at most 1");
        }
    }

    /** A plan with the default shares. */
    public static CampaignPlan of(double relativeLift, LocalDate windowStart, LocalDate windowEnd) {
        return new CampaignPlan(relativeLift, windowStart, windowEnd, DEFAULT_TREATED_SHARE, DEFAULT_HOLDOUT_SHARE);
    }

    boolean covers(long epochDay) {
        return epochDay >= windowStart.toEpochDay() && epochDay <= windowEnd.toEpochDay();
    }

    /** Checks the window against the generated months: it needs customers before it and orders in it. */
    void requireWithin(LocalDate firstDay, int months) {
        LocalDate lastDay = firstDay.plusMonths(months).minusDays(1);
        if (!windowStart.isAfter(firstDay) || windowEnd.isAfter(lastDay)) {
            throw new IllegalArgumentException("the campaign window " + windowStart + ":" + windowEnd
                    + " must start after " + firstDay + " (customers must order before it) and end by " + lastDay
                    + ", the last generated day");
        }
    }
}
