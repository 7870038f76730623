package io.saleslens.spec;

import java.util.List;

/**
 * A campaign whose effect a run measures: who was targeted, who was held out, over which window, and by which
 * outcomes. The targeted customers come either from an audience file (a CSV whose header has a {@code customer_id}
 * column, such as a run's {@code audiences/<action>.csv}) with its holdout file, or from a source whose columns mark
 * the contacted and the held-out customers. Dates and names are checked by {@link SpecLoader}, which can name the
 * spec file in its messages.
 *
 * @param name the campaign's name, unique in the spec
 * @param start first day of the window, yyyy-MM-dd
 * @param end last day of the window, inclusive, yyyy-MM-dd
 * @param audience the treated customers' file; a relative path is read from the data folder
 * @param holdout the held-out customers' file; without one (and without {@code crm.holdout}) the run compares with
 *     customers of the same RFM segments who were not targeted, a weaker design
 * @param crm columns of a source marking the contacted and held-out customers, instead of the files
 * @param measures outcomes to measure: {@code conversion}, {@code orders_per_customer}, {@code revenue_per_customer}
 *     (all three when not given)
 */
public record CampaignSpec(
        String name,
        String start,
        String end,
        String audience,
        String holdout,
        CampaignCrmSpec crm,
        List<String> measures) {

    public static final List<String> MEASURES = List.of("conversion", "orders_per_customer", "revenue_per_customer");

    public CampaignSpec {
        measures = measures == null || measures.isEmpty() ? MEASURES : List.copyOf(measures);
    }

    /** Whether the spec names a holdout, as a file or a column. */
    public boolean hasHoldout() {
        return holdout != null || (crm != null && crm.holdout() != null);
    }

    /**
     * Columns of a CRM source that mark the campaign's customers: a customer is contacted when {@code contacted} holds
     * a yes value (1, true, yes, y, x; case and spaces ignored) and held out when {@code holdout} does.
     *
     * @param from the source, one of the spec's {@code sources}
     * @param customerId the source column holding the customer id of the customer entity
     * @param contacted the column marking contacted (treated) customers
     * @param holdout the column marking held-out customers; null for none
     */
    public record CampaignCrmSpec(String from, String customerId, String contacted, String holdout) {}
}
