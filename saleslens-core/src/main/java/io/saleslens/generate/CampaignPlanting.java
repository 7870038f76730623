package io.saleslens.generate;

import java.util.SplittableRandom;

/**
 * Plants a campaign while the sales file is written: fixes the eligible customers when the window opens, weights
 * the returning-customer draws inside the window, and sums what a holdout and a treated customer are expected to do,
 * given the orders actually written (see {@link PlantedCampaign}).
 */
final class CampaignPlanting {
    private static final long WEIGHTING_SALT = 0x3E16_47EDL;
    private final CampaignPlan plan;
    private final long seed;
    private final double maximumWeight;
    /** Redraws and acceptance come from a stream of their own, so the clean stream's draws stay those of no campaign. */
    private final SplittableRandom weighting;

    private long eligibleEndId = -1;
    private long treated;
    private long holdout;
    private double holdoutLogNoOrder;
    private double treatedLogNoOrder;
    private double holdoutOrders;
    private double treatedOrders;
    private double holdoutRevenue;
    private double treatedRevenue;

    CampaignPlanting(CampaignPlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
        this.maximumWeight = Math.max(1, 1 + plan.relativeLift());
        this.weighting = new SplittableRandom(Hashing.mix(seed, WEIGHTING_SALT));
    }

    /** Called before each order's customer is drawn; the first order dated in the window fixes who is eligible. */
    void beforeOrder(long day, CustomerAcquisition acquisition) {
        if (eligibleEndId < 0 && day >= plan.windowStart().toEpochDay()) {
            eligibleEndId = acquisition.endId();
            for (long id = CustomerAcquisition.FIRST_CUSTOMER_ID; id < eligibleEndId; id++) {
                switch (group(id)) {
                    case TREATED -> treated++;
                    case HOLDOUT -> holdout++;
                    default -> {}
                }
            }
        }
    }

    boolean weights(long day) {
        return eligibleEndId >= 0 && plan.covers(day);
    }

    /** A returning customer drawn with weight 1 + lift for the treated and 1 for everyone else (rejection sampling). */
    long returningCustomer(CustomerAcquisition acquisition, SplittableRandom random) {
        long id = acquisition.returningCustomer(random.nextDouble());
        while (true) {
            double weight = group(id) == CampaignGroup.TREATED ? 1 + plan.relativeLift() : 1;
            if (weight == maximumWeight || weighting.nextDouble() * maximumWeight < weight) {
                return id;
            }
            id = acquisition.returningCustomer(weighting.nextDouble());
        }
    }

    /** Adds one returning-customer order with a valid date in the window to the expected values. */
    void recordReturningOrder(CustomerAcquisition acquisition, long orderRevenue) {
        double totalWeight = acquisition.customers() + plan.relativeLift() * treated;
        double holdoutChance = 1 / totalWeight;
        double treatedChance = (1 + plan.relativeLift()) / totalWeight;
        holdoutLogNoOrder += Math.log1p(-holdoutChance);
        treatedLogNoOrder += Math.log1p(-treatedChance);
        holdoutOrders += holdoutChance;
        treatedOrders += treatedChance;
        holdoutRevenue += holdoutChance * orderRevenue;
        treatedRevenue += treatedChance * orderRevenue;
    }

    CampaignGroup group(long id) {
        return CampaignGroup.of(seed, id, eligibleEndId, plan);
    }

    long eligibleEndId() {
        if (eligibleEndId < 0) {
            throw new IllegalStateException("no order was dated in the campaign window");
        }
        return eligibleEndId;
    }

    PlantedCampaign truth() {
        return new PlantedCampaign(
                plan.relativeLift(),
                plan.windowStart(),
                plan.windowEnd(),
                treated,
                holdout,
                new PlantedCampaign.Arms(-Math.expm1(treatedLogNoOrder), -Math.expm1(holdoutLogNoOrder)),
                new PlantedCampaign.Arms(treatedOrders, holdoutOrders),
                new PlantedCampaign.Arms(treatedRevenue, holdoutRevenue));
    }
}
