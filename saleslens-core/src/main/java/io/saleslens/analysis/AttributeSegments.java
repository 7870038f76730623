package io.saleslens.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.metrics.JsonRows;
import io.saleslens.model.CustomerCategorySales;
import io.saleslens.model.OrderCustomers;
import io.saleslens.model.OrderFacts;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segments by customer attribute: the age band (the spec's attributes are measured already, in
 * {@code segments_by}) and every segment crossed with product category.
 */
final class AttributeSegments {
    static final String AGE_BAND = "age_band";
    private static final String FACT = Tables.FACT_SALES;
    private static final String CUSTOMERS = Tables.DIM_CUSTOMER;
    private static final String PRODUCTS = Tables.DIM_PRODUCT;
    private static final String CUSTOMER_CATEGORIES = Tables.CUSTOMER_CATEGORY_SALES;

    private final Engine engine;
    private final SqlDialect sql;
    private final AgeBands bands;
    private final String birthDate;
    private final String referenceDate;

    AttributeSegments(Engine engine, AnalysisOptions options) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.bands = new AgeBands(options.ageBandStarts());
        this.birthDate = options.birthDateColumn();
        this.referenceDate =
                (String) engine.query("SELECT CAST(max(order_date) AS STRING) AS d FROM " + Tables.ORDER_FACTS)
                        .get(0)
                        .get("d");
    }

    boolean hasBirthDates() {
        return engine.columns(CUSTOMERS).contains(birthDate);
    }

    /** The customer attribute as SQL over dimension alias {@code c}; the age band is derived from the birth date. */
    String attributeExpression(String attribute) {
        if (attribute.equals(AGE_BAND)) {
            return ageBand("c." + sql.quote(birthDate));
        }
        return "coalesce(CAST(c." + sql.quote(attribute) + " AS STRING), 'Unknown')";
    }

    private String ageBand(String birthDateColumn) {
        // The reference date as a literal: a scalar subquery inside the CASE was evaluated for every row.
        String reference = referenceDate == null ? "CAST(NULL AS DATE)" : "DATE " + sql.literal(referenceDate);
        return bands.bandExpression(birthDateColumn, reference, sql);
    }

    /** The age-band breakdown in the shape of {@code segments_by.<attribute>}, bands in age order. */
    ObjectNode ageBands() {
        String band = attributeExpression(AGE_BAND);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("attribute", AGE_BAND);
        node.put("reference_date", referenceDate);
        ArrayNode labels = node.putArray("bands");
        bands.labels().forEach(labels::add);
        node.put(
                "method",
                "age in whole years on the reference date (the data's last order date); birth dates after it"
                        + " or before " + AgeBands.EARLIEST_PLAUSIBLE
                        + " are implausible and count as Unknown with missing ones");
        double revenue = engine.query("SELECT coalesce(sum(sales_amount), 0) AS r FROM " + FACT)
                                .get(0)
                                .get("r")
                        instanceof Number n
                ? n.doubleValue()
                : 0;
        StringBuilder labelRows = new StringBuilder();
        List<String> labelList = bands.labels();
        for (int i = 0; i < labelList.size(); i++) {
            labelRows
                    .append(i == 0 ? "SELECT " : " UNION ALL SELECT ")
                    .append(sql.literal(labelList.get(i)))
                    .append(" AS label, ")
                    .append(i)
                    .append(" AS position");
        }
        // Every band is listed, empty ones with zeros, so the rows have the same shape in every run.
        node.set(
                "rows",
                JsonRows.array(engine.query("WITH labels AS (" + labelRows + "),"
                        + " customer_groups AS (SELECT " + band + " AS label, count(*) AS customers FROM " + CUSTOMERS
                        + " c GROUP BY 1),"
                        + " sale_groups AS (SELECT " + ageBand(OrderCustomers.attribute(sql, "o", birthDate))
                        + " AS label, " + OrderFacts.countOrders(engine, "o.order_number")
                        + " AS orders, sum(o.units) AS units, sum(o.revenue) AS revenue FROM "
                        + Tables.ORDER_CUSTOMERS + " o WHERE " + OrderCustomers.knownCustomer("o") + " GROUP BY 1)"
                        + " SELECT l.label AS code, l.label, coalesce(g.customers, 0) AS customers, coalesce(s.orders, 0) AS orders,"
                        + " CASE WHEN s.label IS NULL THEN 0 ELSE s.units END AS units, round(coalesce(s.revenue, 0), 2) AS revenue,"
                        + " round(coalesce(s.revenue, 0) / "
                        + (revenue == 0 ? "CAST(NULL AS DOUBLE)" : sql.doubleLiteral(revenue))
                        + ", 6) AS revenue_share,"
                        + " round(s.revenue / nullif(s.orders, 0), 2) AS avg_order_value, round(s.revenue / nullif(s.units, 0), 2) AS avg_unit_price"
                        + " FROM labels l LEFT JOIN customer_groups g ON l.label = g.label LEFT JOIN sale_groups s ON l.label = s.label"
                        + " ORDER BY l.position")));
        return node;
    }

    /**
     * Segment x product category: revenue and its share within the segment, for each attribute. The attributes group
     * the sums per customer and category the model stage made ({@link CustomerCategorySales}), a few rows per
     * customer, instead of joining every order line again. Summing the customers' order counts gives the segment's
     * distinct orders only when every order has one row in the order facts (the table exists then) and no customer
     * id is in the dimension twice; otherwise each attribute groups the order lines themselves.
     */
    ObjectNode byCategory(List<String> attributes) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (attributes.isEmpty()) {
            return node;
        }
        if (!customerSumsAreExact()) {
            attributes.forEach(attribute -> node.set(attribute, JsonRows.array(engine.query(fromLines(attribute)))));
            return node;
        }
        List<List<Map<String, Object>>> rowsByAttribute = new ArrayList<>();
        attributes.forEach(attribute -> rowsByAttribute.add(new ArrayList<>()));
        for (Map<String, Object> row : engine.query(fromCustomerCategories(attributes))) {
            Map<String, Object> cell = new LinkedHashMap<>(row);
            int attribute = ((Number) cell.remove("_attribute")).intValue();
            rowsByAttribute.get(attribute).add(cell);
        }
        for (int i = 0; i < attributes.size(); i++) {
            node.set(attributes.get(i), JsonRows.array(rowsByAttribute.get(i)));
        }
        return node;
    }

    /** Whether summing per customer is exact: the model stage summed them, and every customer id has one dimension row. */
    boolean customerSumsAreExact() {
        return engine.tableExists(CUSTOMER_CATEGORIES) && OrderCustomers.joinedInFacts(engine);
    }

    /**
     * Every attribute's cells in one query, {@code _attribute} giving the attribute's position: the customers are
     * joined to their sums once, and grouping sets group the joined rows by each attribute and category. At 100M
     * lines (30.7M customers) a join per attribute took 13.6 to 19.0 s each, 64.5 s for four, the one join with
     * four grouping sets 29.6 s.
     */
    String fromCustomerCategories(List<String> attributes) {
        // The segments are worked out once per customer, before the join.
        StringBuilder segments = new StringBuilder("SELECT c.customer_id");
        List<String> sets = new ArrayList<>();
        StringBuilder position = new StringBuilder("CASE");
        StringBuilder segment = new StringBuilder("CASE");
        for (int i = 0; i < attributes.size(); i++) {
            String column = "s._s" + i;
            segments.append(", ")
                    .append(attributeExpression(attributes.get(i)))
                    .append(" AS _s")
                    .append(i);
            sets.add("(" + column + ", cc.category)");
            position.append(" WHEN grouping(")
                    .append(column)
                    .append(") = 0 THEN ")
                    .append(i);
            segment.append(" WHEN grouping(")
                    .append(column)
                    .append(") = 0 THEN ")
                    .append(column);
        }
        return "WITH segments AS (" + segments + " FROM " + CUSTOMERS + " c),"
                + " cells AS (SELECT " + position + " END AS _attribute, " + segment + " END AS segment, cc.category,"
                + " count(*) AS customers, CAST(sum(cc.orders) AS BIGINT) AS orders,"
                + " sum(cc.units) AS units, sum(cc.revenue) AS revenue FROM " + CUSTOMER_CATEGORIES
                + " cc JOIN segments s ON cc.customer_id = s.customer_id GROUP BY GROUPING SETS ("
                + String.join(", ", sets) + "))" + crossedCells("_attribute");
    }

    String fromLines(String attribute) {
        return "WITH segments AS (SELECT c.customer_id, " + attributeExpression(attribute) + " AS segment FROM "
                + CUSTOMERS + " c),"
                + " cells AS (SELECT s.segment, " + CustomerCategorySales.category(engine)
                + " AS category, count(DISTINCT s.customer_id) AS customers,"
                + " count(DISTINCT f.order_number) AS orders, sum(f.quantity) AS units, sum(f.sales_amount) AS revenue"
                + " FROM " + FACT + " f JOIN segments s ON f.customer_id = s.customer_id LEFT JOIN " + PRODUCTS
                + " p ON f.product_number = p.product_number GROUP BY 1, 2)" + crossedCells(null);
    }

    /** The cells' figures, per attribute when {@code attributeColumn} names one (null: the cells are one attribute's). */
    private static String crossedCells(String attributeColumn) {
        String attribute = attributeColumn == null ? "" : attributeColumn + ", ";
        String total = attributeColumn == null ? "()" : "(PARTITION BY " + attributeColumn + ")";
        return " SELECT " + attribute + "segment, category, customers, orders, units, round(revenue, 2) AS revenue,"
                + " round(revenue / nullif(sum(revenue) OVER (PARTITION BY " + attribute
                + "segment), 0), 6) AS share_of_segment,"
                + " round(revenue / nullif(sum(revenue) OVER " + total + ", 0), 6) AS share_of_total,"
                + " round(revenue / nullif(orders, 0), 2) AS avg_order_value, round(revenue / nullif(units, 0), 2) AS avg_unit_price"
                + " FROM cells ORDER BY " + attribute + "segment, revenue DESC, category";
    }
}
