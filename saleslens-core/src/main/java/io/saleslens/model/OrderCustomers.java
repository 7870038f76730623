package io.saleslens.model;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The order facts left-joined to the customer dimension ({@code work.order_customers}, a view): every column of the
 * order facts, {@link #KNOWN_CUSTOMER_ID}, and the dimension's columns that figures group orders by (the spec's
 * segments, {@link #GROUPED_BY_NAME}). A figure grouped by a customer attribute reads it instead of joining the orders
 * to the customers itself. The other columns (names, numbers) are left out: writing them doubled the join's cost. When every customer id is in the
 * dimension once, the join adds no rows, so it is made once, as the order facts are summed, and the view reads them:
 * at 100M lines (45.8M order rows, 30.7M customers) each of a dozen such joins built a hash table of all customers
 * that spilled at 1 GB and took 13 to 28 s. Otherwise the view joins, and a customer id held twice counts twice, as
 * the join always counted it. The inner join is the rows whose {@link #KNOWN_CUSTOMER_ID} is set.
 */
public final class OrderCustomers {
    /** The dimension's customer id where it holds the order's customer, else null. */
    public static final String KNOWN_CUSTOMER_ID = "known_customer_id";

    /** The columns the analyses group orders by whatever the segments: the territory and the age bands. */
    public static final List<String> GROUPED_BY_NAME = List.of("country", "birthdate");

    private static final List<String> ORDER_COLUMNS =
            List.of("order_number", "customer_id", "order_date", "revenue", "units", "lines");
    /** A dimension column named like one of these is kept under {@link #RENAMED} and its name. */
    private static final Set<String> TAKEN =
            Set.of("order_number", "customer_id", "order_date", "revenue", "units", "lines", KNOWN_CUSTOMER_ID);

    private static final String RENAMED = "_customer_";

    private OrderCustomers() {}

    /** Whether the customer dimension holds every customer id once, so that joining it keeps one row per order fact. */
    static boolean joinKeepsRows(Engine engine) {
        return engine.queryLong("SELECT count(*) - count(DISTINCT customer_id) FROM " + Tables.DIM_CUSTOMER) == 0;
    }

    /**
     * Whether the order facts were joined to the customers as they were summed: the customer dimension then held every
     * customer id once. Read from the facts' columns, so the dimension is not counted again.
     */
    public static boolean joinedInFacts(Engine engine) {
        return engine.columns(Tables.ORDER_FACTS).contains(KNOWN_CUSTOMER_ID);
    }

    /**
     * The query joining {@code orders} (a table or parenthesised query with the order facts' columns) to the customers'
     * {@code attributes} that the dimension has.
     */
    static String joined(Engine engine, String orders, List<String> attributes) {
        SqlDialect sql = engine.dialect();
        List<String> columns = new ArrayList<>();
        ORDER_COLUMNS.forEach(column -> columns.add("o." + sql.quote(column)));
        columns.add("c.customer_id AS " + KNOWN_CUSTOMER_ID);
        for (String column : engine.columns(Tables.DIM_CUSTOMER)) {
            if (!column.equalsIgnoreCase("customer_id") && attributes.stream().anyMatch(column::equalsIgnoreCase)) {
                columns.add("c." + sql.quote(column) + " AS " + sql.quote(columnName(column)));
            }
        }
        return "SELECT " + String.join(", ", columns) + " FROM " + orders + " o LEFT JOIN " + Tables.DIM_CUSTOMER
                + " c ON o.customer_id = c.customer_id";
    }

    /**
     * Defines the view over the order facts as they stand: their own columns when they were joined to the customers'
     * {@code attributes} as they were summed, else the join.
     */
    public static void define(Engine engine, boolean joinedInFacts, List<String> attributes) {
        engine.execute("CREATE OR REPLACE VIEW " + Tables.ORDER_CUSTOMERS + " AS "
                + (joinedInFacts
                        ? "SELECT * FROM " + Tables.ORDER_FACTS
                        : joined(engine, Tables.ORDER_FACTS, attributes)));
    }

    /** The customer dimension's {@code attribute} in the table, qualified with the table's {@code alias}. */
    public static String attribute(SqlDialect sql, String alias, String attribute) {
        return alias + "." + sql.quote(columnName(attribute));
    }

    /** The condition that keeps the rows of the inner join: the order's customer is in the dimension. */
    public static String knownCustomer(String alias) {
        return alias + "." + KNOWN_CUSTOMER_ID + " IS NOT NULL";
    }

    private static String columnName(String attribute) {
        return TAKEN.contains(attribute.toLowerCase(Locale.ROOT)) ? RENAMED + attribute : attribute;
    }
}
