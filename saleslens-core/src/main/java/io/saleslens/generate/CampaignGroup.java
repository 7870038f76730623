package io.saleslens.generate;

/** Which arm of a planted campaign a customer is in, from the seed and the id alone (nothing stored per customer). */
enum CampaignGroup {
    TREATED,
    HOLDOUT,
    NONE;

    private static final long CAMPAIGN_SALT = 0xCA4F_A16EL;

    /** Only customers who ordered before the window ({@code id < eligibleEndId}) are in an arm. */
    static CampaignGroup of(long seed, long id, long eligibleEndId, CampaignPlan plan) {
        if (id >= eligibleEndId) {
            return NONE;
        }
        // The seed is mixed first: SplittableRandom's outputs are this same mix of seed + k x golden gamma, so a
        // plain seed ^ salt would tie the arms to the draws that choose who orders.
        double uniform = (Hashing.mix(Hashing.mix(seed, CAMPAIGN_SALT), id) >>> 11) * 0x1.0p-53;
        if (uniform < plan.treatedShare()) {
            return TREATED;
        }
        return uniform < plan.treatedShare() + plan.holdoutShare() ? HOLDOUT : NONE;
    }
}
