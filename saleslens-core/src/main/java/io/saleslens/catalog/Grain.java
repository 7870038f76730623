package io.saleslens.catalog;

/**
 * What one value of a metric belongs to: the whole run, or one member of a dimension. A grain over two dimensions
 * names its values by both members, joined as {@link Metric#MEMBER_SEPARATOR} says.
 */
public enum Grain {
    RUN,
    /** A segment of a segment attribute; for a key over every attribute, the attribute and the segment. */
    SEGMENT,
    /** A segment and a product category. */
    SEGMENT_CATEGORY,
    /** A segment of the spec's first segment attribute and a calendar month. */
    SEGMENT_MONTH,
    CATEGORY,
    SUBCATEGORY,
    PRODUCT_LINE,
    PRODUCT,
    /** A product class of the ABC analysis (A, B, C). */
    ABC_CLASS,
    COUNTRY,
    MONTH,
    /** A week, named by its Monday. */
    WEEK,
    /** A segment of the RFM rule table (Champions, At Risk, …). */
    RFM_SEGMENT,
    /** A cohort: the customers whose first dated order fell in one month. */
    COHORT,
    /** A cohort and the months since its first month (0, 1, 2, …). */
    COHORT_MONTH,
    /** A deal stage of the pipeline. */
    DEAL_STAGE,
    /** A value of a column the pipeline groups deals by (owner, region, industry, product family). */
    DEAL_GROUP,
    /** A campaign of the spec's campaigns:, named by its name. */
    CAMPAIGN,
    /** A campaign and a week of its window (1 for the window's first 7 days). */
    CAMPAIGN_WEEK,
    SOURCE,
    CHECK,
    /** A data-quality dimension (completeness, validity, …). */
    QUALITY_DIMENSION,
    /** A page of the site: a department report, a dashboard or a site page. */
    PAGE,
    /** A customer list that actions of the reports contact (win-back), named by its id. */
    AUDIENCE
}
