package io.saleslens.stage;

/**
 * The catalogue of the engine tables a run writes, by layer, so every stage that reads a table names it the way the
 * stage that wrote it did.
 *
 * <ul>
 *   <li>bronze: one table per source, its text as loaded;
 *   <li>silver: one table per entity, typed, cleaned and deduplicated, and the lines each entity set aside;
 *   <li>gold: the star schema the metrics, analyses and exports read;
 *   <li>work: tables one stage hands to the next ({@link #ORDER_FACTS}, {@link #REPAIR_LOG}, …) and the scratch
 *       tables of a single step ({@link #scratch}).
 * </ul>
 *
 * The engine's loaders name their own raw tables: the engine sits below this catalogue.
 */
public final class Tables {
    public static final String FACT_SALES = gold("fact_sales");
    public static final String DIM_CUSTOMER = gold("dim_customer");
    public static final String DIM_PRODUCT = gold("dim_product");
    public static final String DIM_DATE = gold("dim_date");

    /** Every repaired value: source, line, column, old and new value, rule ({@link RepairLog}). */
    public static final String REPAIR_LOG = "work.repair_log";
    /** The lines that failed a row check, with the check, for the quality score and the quarantine. */
    public static final String CHECK_FAILURES = "work.check_failures";
    /** The order lines summed per order, customer and date; built by the model stage from {@link #FACT_SALES}. */
    public static final String ORDER_FACTS = "work.order_facts";
    /** One row: the orders of {@link #ORDER_FACTS} and whether each has one row there; built with it. */
    public static final String ORDER_NUMBERS = "work.order_numbers";
    /** A view: {@link #ORDER_FACTS} left-joined to {@link #DIM_CUSTOMER}; defined by the model stage with them. */
    public static final String ORDER_CUSTOMERS = "work.order_customers";
    /** The orders summed per calendar month; built by the model stage from {@link #ORDER_FACTS}. */
    public static final String MONTHLY_SALES = "work.monthly_sales";
    /** Sales per customer and product category, when every order has one row in {@link #ORDER_FACTS}; built by the model stage. */
    public static final String CUSTOMER_CATEGORY_SALES = "work.customer_category_sales";
    /** Sales per product sold; built by the model stage from the gold tables. */
    public static final String PRODUCT_SALES = "work.product_sales";
    /**
     * Every customer RFM scored: customer_id, recency_days, frequency, monetary, the three scores and the segment; built
     * by the analysis stage, read by the audiences.
     */
    public static final String RFM_CUSTOMERS = "work.rfm_customers";

    private Tables() {}

    public static String bronze(String source) {
        return "bronze." + source;
    }

    /**
     * The files of a glob source, {@code (path, line_base)} in file order: a bronze {@code _line} of the source is
     * {@code line_base} plus the line in that file. Only glob sources have it.
     */
    public static String bronzeFiles(String source) {
        return "bronze." + source + "__files";
    }

    /**
     * What the checks read of a source: a view without the lines the spec's row filters keep out, when a filter reads
     * the source; else the source's bronze table.
     */
    public static String checked(String source) {
        return scratch(source, "checked");
    }

    /** The lines the quarantine-action checks rejected in a source, with the checks they failed. */
    public static String checkQuarantine(String source) {
        return scratch(source, "check_quarantine");
    }

    public static String silver(String entity) {
        return "silver." + entity;
    }

    /**
     * The lines an entity set aside, with the reason. Per entity, not per source: a flat file feeds several entities,
     * each with its own required columns, and one entity's quarantine must not replace another's.
     */
    public static String quarantine(String entity) {
        return "quarantine." + entity;
    }

    /** A table of the star schema by its name ({@code fact_sales}, {@code dim_customer}, …). */
    public static String gold(String table) {
        return "gold." + table;
    }

    /**
     * A table one step writes for itself or for the step after it, named after what it belongs to (a source, an
     * entity, an analysis) and what it holds.
     */
    public static String scratch(String owner, String name) {
        return "work." + owner + "_" + name;
    }
}
